import "i18next";
import type { Messages } from "./zh-CN";

// Makes t() check its keys against the zh-CN resource object.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
