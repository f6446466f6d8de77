// Simplified Chinese texts of backups (备份与恢复): the Settings card, the restore confirmation it
// shares with the start-up screen, and that screen's "restore from a backup" block. Spread into
// ../zh-CN.ts; backup.en-US.ts must match its keys.
const backupZh = {
  backup: {
    title: "备份与恢复",
    help: "每天第一次打开程序时会自动备份一次数据，保存在数据文件夹的 backups 文件夹中。也可以随时手动备份，或从下面的备份恢复数据。",
    keepDays: "自动备份保留天数",
    keepDaysUnit: "天",
    keepDaysHelp: "超过这个天数的每日自动备份会被删除；手动备份和其他备份不会被删除。",
    keepDaysRequired: "请填写保留天数（1 到 365）",
    secondDir: "第二备份位置",
    secondDirHelp:
      "可选。每次备份后再复制一份到这个文件夹（例如 U 盘或网络共享盘），这台电脑损坏时数据也不会丢失。留空表示不复制。",
    secondDirPlaceholder: "例如 E:\\备份（留空表示不复制）",
    chooseFolder: "选择文件夹",
    save: "保存备份设置",
    saved: "备份设置已保存",
    now: "立即备份",
    nowDone: "已备份：{{file}}",
    secondFailedTitle: "没有复制到第二备份位置",
    secondFailed:
      "已在数据文件夹中备份为 {{file}}，这份备份可以正常使用；但复制到第二备份位置时失败：{{reason}}请检查后再点“立即备份”。",
    listTitle: "现有备份",
    colTime: "备份时间",
    colKind: "类型",
    colLocation: "位置",
    colSize: "大小",
    colWorkstation: "工作站",
    colContents: "内容",
    counts: "案件 {{cases}} · 接待 {{visits}} · 人员 {{people}}",
    noWorkstation: "（未填写）",
    unusable: "不可用",
    restore: "恢复",
    empty: "还没有备份。点“立即备份”做第一份备份。",
    total: "共 {{count}} 份备份",
  },
  backupKind: {
    auto: "每日自动备份",
    manual: "手动备份",
    before_migration: "升级前备份",
    before_restore: "恢复前保存",
    other: "其他",
  },
  backupLocation: {
    data_folder: "数据文件夹",
    second_folder: "第二备份位置",
  },
  // Why the copy to the second folder failed; the first copy stands.
  backupSecond: {
    DISK_FULL: "第二备份位置的磁盘已满。",
    DATA_DIR_NOT_WRITABLE: "第二备份位置无法写入（可能没有权限，或是只读的）。",
    other: "找不到第二备份位置，或复制时出错（U 盘或网络盘可能没有连接）。",
  },
  backupRestore: {
    title: "从这份备份恢复？",
    time: "备份时间",
    kind: "类型",
    size: "大小",
    contents: "内容",
    workstation: "工作站",
    replace: "当前的数据会先另存为一份备份（“恢复前保存”），然后被这份备份替换。",
    lost: "这份备份之后录入的内容不会出现在恢复后的数据中；它们仍保存在那份“恢复前保存”的备份里。",
    signAgain: "恢复后，所有人都需要重新登录。",
    ok: "恢复",
    cancel: "取消",
    done: "已恢复 {{time}} 的备份（{{counts}}）。原来的数据已另存为 {{path}}。请重新登录。",
    doneNoKept: "已恢复 {{time}} 的备份（{{counts}}）。请重新登录。",
  },
  startupBackups: {
    title: "从备份恢复",
    helpCorrupt: "可以用数据文件夹中的备份恢复数据。一般选择标着“最新的可用备份”的那一份。",
    helpOther:
      "上面的问题通常不用恢复备份就能解决，请先按上面的说明处理。只有确认数据文件已经无法使用时，才从备份恢复。",
    corrupt: "数据文件已损坏，本程序不会修改它。请在下面的“从备份恢复”中选择一个备份恢复；如果没有可用的备份，请联系技术支持。",
    recommended: "最新的可用备份",
    unusable: "不可用",
    restore: "恢复",
    empty: "数据文件夹中没有找到备份。",
    emptyWhat:
      "如果 U 盘、第二备份位置或其他电脑上有本程序的备份文件（文件名以 .sqlite3 结尾），请把它复制到下面的备份文件夹，再点“重新查找”；也可以联系技术支持。",
    folder: "备份文件夹：",
    onlyDataFolder: "这里只列出数据文件夹中的备份。要用 U 盘或第二备份位置中的备份，请先把文件复制到备份文件夹，再点“重新查找”。",
    listFailed: "无法列出备份：{{reason}}",
    refresh: "重新查找",
    replace: "当前的数据文件会先原样另存为一份备份（“恢复前保存”），不会删除任何文件；然后用这份备份替换它。",
    lost: "这份备份之后录入的内容不在其中；损坏的文件会保留下来，需要时可以请技术支持从中找回。",
    opens: "恢复后程序会正常打开，请登录后核对数据。",
    done: "已恢复 {{time}} 的备份（{{counts}}）。损坏的数据文件已另存为 {{path}}。请登录。",
    doneNoKept: "已恢复 {{time}} 的备份（{{counts}}）。请登录。",
  },
  backupValidation: {
    keepDays_invalid: "保留天数请填写 1 到 365 之间的整数。",
    secondDir_invalid:
      "第二备份位置必须是一个已经存在、可以写入的文件夹的完整路径（例如 E:\\备份），而且不能在数据文件夹里面。请检查 U 盘或网络盘是否已连接，或点“选择文件夹”重新选择。",
    secondDir_too_long: "第二备份位置的路径太长。请选择一个路径较短的文件夹。",
  },
  // Backing up or restoring failed: what happened to the data, and what to do.
  backupErrors: {
    INVALID_FILE: "这个备份文件已损坏或不是本程序的备份（完整性检查没有通过），没有恢复，当前数据没有改变。请选择另一个备份。",
    NOT_FOUND: "找不到这个备份文件，可能已被移走或删除。请刷新列表后重新选择。",
    DATABASE_CORRUPT: "读取时发现文件已损坏，这次操作没有完成。请选择另一个备份再试；如果仍然出错，请联系技术支持。",
    DATABASE_TOO_NEW: "这个备份由更新版本的程序写入，本程序不能恢复它。请安装最新版本后再恢复，或选择另一个备份。",
    DATABASE_LOCKED:
      "数据文件正被另一个程序使用（可能本程序已在另一个窗口打开），这次操作没有进行。请关闭其他窗口后重试。",
    DATA_DIR_NOT_WRITABLE:
      "数据文件夹或其中的 backups 文件夹无法写入，这次操作没有完成。请联系管理员检查文件夹的权限，以及磁盘是否是只读的。",
    DISK_FULL: "磁盘已满，这次备份或恢复没有完成，当前数据没有改变。请清理磁盘空间后重试。",
    DISK_ERROR: "写入磁盘失败，这次备份或恢复没有完成，当前数据没有改变。请检查磁盘空间和存储设备（U 盘、网络盘是否还连着），然后重试。",
  },
  // Why a listed backup cannot be restored.
  backupProblems: {
    INVALID_FILE: "不是本程序的备份，或文件已损坏，无法读取。请选择另一个备份。",
    DATABASE_CORRUPT: "文件已损坏，无法读取。请选择另一个备份。",
    DATABASE_TOO_NEW: "由更新版本的程序写入，本程序不能恢复。请安装最新版本后再恢复，或选择另一个备份。",
    other: "无法读取这个文件。请选择另一个备份。",
  },
};

export type BackupMessages = typeof backupZh;
export default backupZh;
