import type { FormRule } from "antd";
import type { TFunction } from "i18next";

type Options = {
  /** Which password it is, for the sentences. */
  field?: "password" | "newPassword";
  /** The login the password must differ from, read from the form or given. */
  login?: string | ((getFieldValue: (name: string) => unknown) => string);
  /** An edit form: empty keeps the old password. */
  optional?: boolean;
};

/** The backend's password rule, checked before sending: at least 8 characters, not the login name. */
export function passwordRules(t: TFunction, { field = "password", login, optional = false }: Options = {}): FormRule[] {
  return [
    { required: !optional, message: t("validation.required", { field: t(`operatorFields.${field}`) }) },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => {
        if (!value) return Promise.resolve();
        if (value.length < 8) return Promise.reject(new Error(t("createAdmin.tooShort")));
        const name = (typeof login === "function" ? login(getFieldValue) : (login ?? "")).trim();
        if (name && value.toLowerCase() === name.toLowerCase()) {
          return Promise.reject(new Error(t(`operatorValidation.${field}_invalid`)));
        }
        return Promise.resolve();
      },
    }),
  ];
}
