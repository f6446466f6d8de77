import { App, Button, Form, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/bindings";
import { useUpdatePerson } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";
import { PERSON_FIELDS, PersonFields, personInputOf, type PersonValues } from "./PersonFields";

export function PersonEditForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonValues>();
  const update = useUpdatePerson();

  const save = (values: PersonValues) =>
    update.mutate(
      { id: person.id, input: personInputOf(values) },
      {
        onSuccess: () => {
          void message.success(t("settings.saved"));
          onDone();
        },
        onError: (err) => {
          if (!showOnField(form, err, t, PERSON_FIELDS, { scope: "person" })) void message.error(errorText(err, t, "person"));
        },
      },
    );

  return (
    <Form<PersonValues>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{
        name: person.name,
        organisation: person.organisation,
        party: person.party,
        phone: person.phone,
        notes: person.notes,
      }}
      data-testid="person-form"
    >
      <PersonFields testIdPrefix="person" />
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="person-save">
          {t("settings.save")}
        </Button>
        <Button onClick={onDone}>{t("settings.cancel")}</Button>
      </Space>
    </Form>
  );
}
