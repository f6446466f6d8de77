// Simplified Chinese: the default language. en-US.ts must have exactly these keys
// (its type is derived from this object and a test compares them at run time).
import accessZh from "./access/zh-CN";
import casesZh from "./cases/zh-CN";
import savedFiltersZh from "./common/savedFilters.zh-CN";
import deskZh from "./desk/zh-CN";
import worklogZh from "./desk/worklog.zh-CN";
import dutyFormZh from "./duty/form.zh-CN";
import dutyZh from "./duty/zh-CN";
import meetingsZh from "./meetings/zh-CN";
import meetingRecordsZh from "./meetings/records.zh-CN";
import sheetZh from "./roster/sheet.zh-CN";
import rosterZh from "./roster/zh-CN";
import backupZh from "./settings/backup.zh-CN";

const zhCN = {
  app: {
    title: "社区城管工作站",
    loading: "正在打开数据…",
    demo: "演示",
    operator: "操作员：{{name}}",
  },
  nav: {
    today: "工作台",
    roster: "网格名册",
    duty: "值班排班",
    cases: "案件台账",
    visits: "接待记录",
    worklog: "交接班/工作日志",
    merchants: "沿街商户",
    meetings: "联席会议",
    reports: "统计报表",
    settings: "设置",
  },
  notBuilt: {
    title: "{{area}}：本区域尚未开发",
    version: "当前版本还没有这一部分。建成后这里将提供：",
    cases: "案件台账：来访接待登记、立案、劝导与整改、整改后复查和结案，按办理时限标示红黄绿。",
    merchants: "沿街商户：商户名称、地址、负责人和联系电话，门前三包责任书，巡查发现和反复违规记录。",
    meetings: "联席会议：城管、居委会、业委会、物业共同参加的会议记录、决定事项和待办跟踪，可打印签字。",
    reports: "统计报表：结案率、按期结案率、返工率等指标，以及工作日志、案件登记本等台账的汇总打印。",
  },
  startup: {
    failedTitle: "无法打开数据",
    dataDir: "数据文件夹：",
    dbPath: "数据文件：",
    unknownPath: "（未能确定）",
    afterFix: "问题解决后，请关闭本程序并重新打开。",
    details: "给管理员的技术信息",
  },
  setup: {
    welcome: "欢迎使用社区城管工作站",
    intro: "这是本机第一次打开。请选择一种开始方式：",
    newTitle: "新建工作站",
    newDescription: "填写本工作站的名称、所属街道和服务的社区，从空白开始记录。",
    newButton: "新建工作站",
    demoTitle: "打开演示工作站",
    demoDescription:
      "载入按新闻报道编写的碧湖街道示例数据（三个社区，执法队员每周三、周日下沉），先熟悉程序。界面上会标注“演示”。",
    demoButton: "打开演示工作站",
    formTitle: "新建工作站",
    back: "返回",
    submit: "建立工作站",
    communitiesHelp: "本工作站服务的社区，每行一个。以后可以在“设置”中增加或归档。",
    addCommunityRow: "再加一个社区",
    removeCommunityRow: "删除此行",
    communityPlaceholder: "社区名称，例如：仁和社区",
    atLeastOneCommunity: "请至少填写一个服务社区",
    created: "工作站已建立",
  },
  fields: {
    name: "工作站名称",
    street: "所属街道",
    district: "所属区",
    address: "地址",
    phone: "联系电话",
    communities: "服务社区",
    community: "社区名称",
    language: "语言",
  },
  validation: {
    required: "请填写{{field}}",
    too_long: "{{field}}太长，请缩短后再保存",
    invalid: "{{field}}的格式不正确，请检查后再保存",
    duplicate: "{{field}}与已有的重复，请换一个",
  },
  errors: {
    VALIDATION: "填写的内容有误，请检查标红的项目后再保存。",
    NOT_FOUND: "没有找到这条记录，可能已被修改。请刷新页面后重试。",
    CONFLICT: "这条记录与已有数据冲突，本次保存没有生效。请刷新页面、检查后重试。",
    DATA_DIR_NOT_WRITABLE:
      "数据文件夹无法写入（可能没有权限，或所在磁盘是只读的）。请联系管理员检查数据文件夹的权限。",
    DATABASE_CORRUPT:
      "数据文件已损坏，本程序不会修改它。请由管理员从备份恢复：在“设置”的“备份与恢复”中，或在程序启动时出现的“从备份恢复”中选择一个备份（也可以使用 restore 命令）。",
    DATABASE_TOO_NEW: "该数据由更新版本的程序写入，本程序不会修改它。请安装最新版本后再打开。",
    DATABASE_LOCKED: "数据文件正被另一个程序使用（可能本程序已在另一个窗口打开）。请关闭其他窗口后重试。",
    DISK_FULL: "磁盘已满，本次保存已撤销，数据未改变。请清理磁盘空间后重试。",
    DISK_ERROR: "写入磁盘失败（磁盘已满或出错），本次保存已撤销，数据未改变。请检查磁盘空间和存储设备，然后重试。",
    NOT_SET_UP: "本工作站尚未建立。请关闭并重新打开本程序，完成首次设置。",
    FORBIDDEN: "当前没有权限进行这项操作。请联系管理员。",
    INVALID_FILE: "这个文件的格式不正确或已损坏，无法读取。请检查后重新选择文件。",
    INTERNAL: "程序内部出错，本次操作没有完成。请重试；如果仍然出错，请联系管理员。",
    NOT_SIGNED_IN: "尚未登录，或登录已经结束。请重新登录后再操作。",
    SESSION_LOCKED: "屏幕已锁定，本次操作没有完成。请输入密码或 PIN 码解锁后再操作。",
    BAD_CREDENTIALS: "登录名或密码不正确。请检查后重新输入（注意大小写，并确认没有开着中文输入法）。",
    TOO_MANY_ATTEMPTS: "密码错误次数过多，这个账号暂时不能登录。请等几分钟后再试，或请管理员帮忙。",
  },
  today: {
    profileTitle: "工作站信息",
    communitiesTitle: "服务社区",
    moreCommunities: "等 {{count}} 个社区",
    noCommunities: "还没有服务社区，可在“设置”中添加。",
    statsTitle: "数据概况",
    statCommunities: "服务社区",
    statChanges: "已记录的修改",
    statSize: "数据大小",
    propertyNote: "您负责社区的案件可以在左侧“案件台账”中查看。",
    rosterGrids: "网格",
    rosterMembers: "成员（人）",
    rosterGaps: "缺口",
    rosterOpen: "查看网格名册",
    empty: "未填写",
  },
  settings: {
    profileTitle: "工作站信息",
    save: "保存",
    saved: "已保存",
    communitiesTitle: "服务社区",
    communitiesHelp: "社区不会被删除：不再服务的社区可以归档，已有记录仍然保留。",
    addCommunity: "添加社区",
    communityAdded: "已添加社区",
    archive: "归档",
    archived: "已归档",
    archiveConfirmTitle: "归档“{{name}}”？",
    archiveConfirmText: "归档后，新记录中不再能选择这个社区；已有记录全部保留。",
    archiveOk: "归档",
    cancel: "取消",
    communityArchived: "已归档社区",
    languageTitle: "语言",
    languageHelp: "界面语言会立即切换，下次打开时仍使用此语言。",
    dataTitle: "数据",
    dataDir: "数据文件夹",
    dbPath: "数据文件",
    openDataFolder: "打开数据文件夹",
    aboutTitle: "关于",
    version: "程序版本",
    schemaVersion: "数据结构版本",
    size: "数据大小",
    createdAt: "工作站建立时间",
  },
  language: {
    "zh-CN": "简体中文",
    "en-US": "English",
  },
  ...accessZh,
  ...rosterZh,
  ...sheetZh,
  ...dutyZh,
  ...dutyFormZh,
  ...casesZh,
  ...deskZh,
  ...worklogZh,
  ...savedFiltersZh,
  ...backupZh,
  ...meetingsZh,
  ...meetingRecordsZh,
};

export type Messages = typeof zhCN;
export default zhCN;
