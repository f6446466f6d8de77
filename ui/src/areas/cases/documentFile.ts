// A chosen document becomes the ImageUpload the backend takes. The kind (by extension) and the
// size are checked first, so a wrong file is explained by name before anything is sent; the
// core still checks the bytes themselves.
import type { AppError, ImageUpload } from "../../api/bindings";

export const DOCUMENT_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.txt,image/png,image/jpeg,image/webp";
const DOCUMENT_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "txt", "png", "jpg", "jpeg", "webp"];
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** The backend takes at most this many documents with one step. */
export const MAX_DOCUMENTS = 12;

export type ReadDocument = { upload: ImageUpload; size: number };

function documentError(reason: "invalid" | "too_long"): AppError {
  return { code: "VALIDATION", message: `document ${reason}`, field: "document", reason };
}

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Rejects with a VALIDATION AppError on field "document", like the backend would. */
export function readDocumentFile(file: File): Promise<ReadDocument> {
  if (!DOCUMENT_EXTENSIONS.includes(extension(file.name))) return Promise.reject(documentError("invalid"));
  if (file.size > MAX_DOCUMENT_BYTES) return Promise.reject(documentError("too_long"));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const comma = dataUrl.indexOf(",");
      if (comma < 0) {
        reject(documentError("invalid"));
        return;
      }
      // The core takes the bare base64, without the data: prefix.
      resolve({ upload: { fileName: file.name, dataBase64: dataUrl.slice(comma + 1) }, size: file.size });
    };
    reader.onerror = () => reject(documentError("invalid"));
    reader.readAsDataURL(file);
  });
}
