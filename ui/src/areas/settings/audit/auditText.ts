import type { TFunction } from "i18next";
import type { AuditRecord } from "../../../api/bindings";
import accessZh from "../../../i18n/access/zh-CN";

type Action = keyof typeof accessZh.audit.actions;
type Entity = keyof typeof accessZh.audit.entities;

// The kinds the texts know; the key lists are the same in every language (a test checks).
const has = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);
const isAction = (a: string): a is Action => has(accessZh.audit.actions, a);
const isEntity = (e: string): e is Entity => has(accessZh.audit.entities, e);

/** "os:desk" is the command line run by the computer's user "desk"; anything else is a login. */
export function actorText(actor: string, t: TFunction): string {
  return actor.startsWith("os:") ? t("audit.commandLine", { user: actor.slice(3) }) : actor;
}

/** A known action in words; one a newer backend writes stays as written rather than vanish. */
export function actionText(action: string, t: TFunction): string {
  return isAction(action) ? t(`audit.actions.${action}`) : action;
}

export function entityText(record: AuditRecord, t: TFunction): string {
  const entity = isEntity(record.entity) ? t(`audit.entities.${record.entity}`) : record.entity;
  return record.entityId ? t("audit.entityId", { entity, id: record.entityId }) : entity;
}
