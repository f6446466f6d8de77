import type caseDocumentsZh from "./documents.zh-CN";

// Typed after the zh-CN object so a missing or extra key fails the type check.
const caseDocumentsEn: typeof caseDocumentsZh = {
  caseDocuments: {
    label: "Documents",
    help: "PDF, Word, Excel, plain text (.txt) or PNG/JPEG/WebP pictures, up to 20 MB each, at most 12.",
    add: "Add documents",
    remove: "Remove document {{name}}",
    tooMany: "At most {{max}} documents; the extra ones were left out",
    open: "Open {{name}} with this computer's program",
    openFailed: "Could not open “{{name}}”: {{reason}}",
    onSlip: "Documents: {{names}}",
    separator: ", ",
    document_invalid: "Only PDF, Word (.doc/.docx), Excel (.xls/.xlsx), UTF-8 text (.txt) or PNG/JPEG/WebP pictures can be added",
    document_too_long: "The file is larger than 20 MB or its name is longer than 120 characters; fix it and add it again",
    documents_too_long: "Too many documents: at most 12 at a time",
  },
};

export default caseDocumentsEn;
