import { useState } from "react";
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Segmented, Select, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { AppError, GridRoster, Person, Role } from "../../../api/bindings";
import { useCreateAssignment, useCreatePerson } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";
import { toDay } from "../dates";
import { PERSON_FIELDS, PersonFields, personInputOf, type PersonValues } from "../person/PersonFields";
import { PersonPicker } from "./PersonPicker";
import { SameNameHint } from "./SameNameHint";

type Mode = "new" | "existing";
type Values = PersonValues & { personId?: number; roleId: number; startDate: Dayjs; endDate?: Dayjs | null; duties?: string };

const ASSIGNMENT_FIELDS = ["personId", "roleId", "startDate", "endDate", "duties"] as const;

/** Puts a person (an existing one, or one entered here) into a grid in a role for a term. */
export function AddMemberModal({ grid, roles, onClose }: { grid: GridRoster; roles: Role[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<Mode>("new");
  const [known, setKnown] = useState<Person[]>([]);
  const createPerson = useCreatePerson();
  const createAssignment = useCreateAssignment();
  const name = Form.useWatch("name", form) ?? "";
  const roleId = Form.useWatch("roleId", form);
  const role = roles.find((r) => r.id === roleId);
  // Gaps are computed from all members, so "no missing-role gap" means someone holds it now.
  const held = role?.isCore && !grid.gaps.some((g) => g.kind === "missing_core_role" && g.role === role.name);
  const holders = held ? grid.core.filter((m) => m.roleId === role.id && !m.ended).map((m) => m.name) : [];

  const pick = (person: Person) => {
    setKnown((old) => [...old.filter((p) => p.id !== person.id), person]);
    setMode("existing");
    form.setFieldValue("personId", person.id);
  };

  const submit = async (values: Values) => {
    let personId = values.personId;
    if (mode === "new") {
      try {
        const person = await createPerson.mutateAsync(personInputOf(values));
        // From here on the person exists: a retry after an assignment error must not create them again.
        pick(person);
        personId = person.id;
      } catch (err) {
        const e = err as AppError;
        if (!showOnField(form, e, t, PERSON_FIELDS, { scope: "person" })) void message.error(errorText(e, t, "person"));
        return;
      }
    }
    try {
      await createAssignment.mutateAsync({
        gridId: grid.grid.id,
        personId: personId as number,
        roleId: values.roleId,
        startDate: toDay(values.startDate),
        endDate: values.endDate ? toDay(values.endDate) : null,
        duties: (values.duties ?? "").trim(),
      });
    } catch (err) {
      const e = err as AppError;
      if (!showOnField(form, e, t, ASSIGNMENT_FIELDS, { scope: "assignment" }))
        void message.error(errorText(e, t, "assignment"));
      return;
    }
    void message.success(t("member.added", { grid: grid.grid.name }));
    onClose();
  };

  const endAfterStart = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, end: Dayjs | null | undefined) => {
      const start = getFieldValue("startDate") as Dayjs | undefined;
      return !end || !start || !end.isBefore(start, "day")
        ? Promise.resolve()
        : Promise.reject(new Error(t("validationSpecial.endDate_invalid")));
    },
  });

  return (
    <Modal
      open
      width={620}
      title={t("member.title", { grid: grid.grid.name })}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t("settings.cancel")}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={createPerson.isPending || createAssignment.isPending}
          onClick={() => form.submit()}
          data-testid="member-submit"
        >
          {t("member.submit")}
        </Button>,
      ]}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ startDate: dayjs() }} data-testid="member-form">
        <Form.Item>
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            options={[
              { value: "new", label: <span data-testid="member-mode-new">{t("member.modeNew")}</span> },
              { value: "existing", label: <span data-testid="member-mode-existing">{t("member.modeExisting")}</span> },
            ]}
          />
        </Form.Item>
        {mode === "existing" ? (
          <Form.Item
            name="personId"
            label={t("rosterFields.personId")}
            rules={[{ required: true, message: t("validationSpecial.personId_required") }]}
          >
            <PersonPicker known={known} />
          </Form.Item>
        ) : (
          <>
            <SameNameHint name={name} onPick={pick} />
            <PersonFields testIdPrefix="member" />
          </>
        )}
        <Form.Item
          name="roleId"
          label={t("rosterFields.roleId")}
          rules={[{ required: true, message: t("validationSpecial.roleId_required") }]}
        >
          <Select<number>
            data-testid="member-role"
            options={roles.map((r) => ({
              value: r.id,
              label: (
                <span>
                  {r.name} {r.isCore && <Tag color="red">{t("member.core")}</Tag>}
                </span>
              ),
            }))}
          />
        </Form.Item>
        {held && role && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="member-core-held"
            message={
              holders.length > 0
                ? t("member.coreHeldBy", { role: role.name, names: holders.join(t("roster.listSeparator")) })
                : t("member.coreHeld", { role: role.name })
            }
          />
        )}
        <Flex gap={16}>
          <Form.Item
            name="startDate"
            label={t("rosterFields.startDate")}
            rules={[{ required: true, message: t("validationSpecial.startDate_required") }]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: "100%" }} data-testid="member-start" />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t("rosterFields.endDate")}
            extra={t("member.endDateHelp")}
            dependencies={["startDate"]}
            rules={[endAfterStart]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: "100%" }} data-testid="member-end" />
          </Form.Item>
        </Flex>
        <Form.Item name="duties" label={t("rosterFields.duties")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t("member.dutiesPlaceholder")} data-testid="member-duties" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
