// Simplified Chinese texts of the documents attached to case steps (通知书、整改回执等).
// Spread into ./zh-CN.ts; documents.en-US.ts must match its keys.
const caseDocumentsZh = {
  caseDocuments: {
    label: "附件文件",
    help: "PDF、Word、Excel、文本（.txt）或 PNG/JPEG/WebP 图片，每个不超过 20 MB，最多 12 个。",
    add: "添加文件",
    remove: "去掉文件 {{name}}",
    tooMany: "最多 {{max}} 个文件，多出的没有加入",
    open: "用本机程序打开 {{name}}",
    openFailed: "无法打开“{{name}}”：{{reason}}",
    onSlip: "附件：{{names}}",
    separator: "、",
    document_invalid: "只能添加 PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）、UTF-8 文本（.txt）或 PNG/JPEG/WebP 图片",
    document_too_long: "文件超过 20 MB，或文件名超过 120 个字，请处理后再添加",
    documents_too_long: "文件太多，一次最多 12 个",
  },
};

export default caseDocumentsZh;
