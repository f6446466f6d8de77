// A chosen image file becomes the ImageUpload the backend takes. The same limits
// as the backend's are checked first, so a wrong file is explained before it is sent.
import type { AppError, ImageUpload } from "../../api/bindings";

export const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp";
const IMAGE_TYPES = IMAGE_ACCEPT.split(",");
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ReadImage = { upload: ImageUpload; dataUrl: string };

function imageError(reason: "invalid" | "too_long"): AppError {
  return { code: "VALIDATION", message: `image ${reason}`, field: "image", reason };
}

/** Rejects with a VALIDATION AppError on field "image", like the backend would. */
export function readImageFile(file: File): Promise<ReadImage> {
  if (!IMAGE_TYPES.includes(file.type)) return Promise.reject(imageError("invalid"));
  if (file.size > MAX_IMAGE_BYTES) return Promise.reject(imageError("too_long"));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const comma = dataUrl.indexOf(",");
      if (comma < 0) {
        reject(imageError("invalid"));
        return;
      }
      resolve({ upload: { fileName: file.name, dataBase64: dataUrl.slice(comma + 1) }, dataUrl });
    };
    reader.onerror = () => reject(imageError("invalid"));
    reader.readAsDataURL(file);
  });
}
