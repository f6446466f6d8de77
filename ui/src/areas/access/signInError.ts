import type { TFunction } from "i18next";
import type { AppError } from "../../api/bindings";
import { errorText } from "../../i18n/errorText";

/**
 * A failed sign-in, in the user's words. A lockout names the seconds to wait when the backend's
 * (English, for the log) message gives them: "wait a while" alone leaves the desk guessing.
 */
export function signInErrorText(err: AppError, t: TFunction): string {
  if (err.code === "TOO_MANY_ATTEMPTS") {
    const seconds = /(\d+)\s*s\b/.exec(err.message)?.[1];
    if (seconds) return t("signIn.wait", { seconds: Number(seconds) });
  }
  return errorText(err, t, "operator");
}
