// Simplified Chinese texts of the saved filters (已存筛选) shared by the case register and the
// visit log. Spread into ../zh-CN.ts; savedFilters.en-US.ts must have exactly these keys.
const savedFiltersZh = {
  savedFilters: {
    button: "已存筛选",
    loading: "正在读取…",
    none: "还没有保存的筛选",
    saveCurrent: "保存当前筛选…",
    nothingToSave: "请先设置搜索或筛选条件，再保存",
    saveTitle: "保存当前筛选",
    name: "名称",
    namePlaceholder: "起一个好记的名字",
    nameHelp: "当前的搜索文字和筛选条件都会保存（不含页码）。同名的会被替换，每个列表最多保存 30 个。",
    nameRequired: "请填写名称",
    tooMany: "这个列表已经保存了 30 个筛选，请先删除不用的再保存",
    save: "保存",
    cancel: "取消",
    saved: "已保存筛选“{{name}}”",
    delete: "删除“{{name}}”",
    deleteTitle: "删除“{{name}}”？",
    deleteText: "只删除这个保存的筛选，不影响任何记录。",
    deleteOk: "删除",
    deleted: "已删除筛选",
    damaged: "筛选“{{name}}”已损坏，无法使用。请删除后重新保存。",
  },
};

export type SavedFiltersMessages = typeof savedFiltersZh;
export default savedFiltersZh;
