import { useState } from "react";
import { App, Form, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseStatus, Meeting } from "../../../api/bindings";
import { useEstates, usePullCases } from "../../../api/meetingQueries";
import { formatNumber } from "../../../i18n/format";
import { meetingWriteErrorText } from "../meetingErrorText";
import { CasePickSelect } from "./CasePickSelect";

type Values = { estateId?: number | null; statuses?: CaseStatus[]; caseIds?: number[] };

/** The statuses a case is open in; pulling closed ones onto an agenda is refused. */
const OPEN_STATUSES: CaseStatus[] = ["registered", "assigned", "persuading", "rectified", "parked"];

/** Cases onto the agenda: an estate's open ones and/or cases picked by number or title. */
export function PullCasesModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const estates = useEstates();
  const pull = usePullCases();
  const [nothing, setNothing] = useState(false);
  const save = ({ estateId, statuses, caseIds }: Values) => {
    const ids = caseIds ?? [];
    const wanted = statuses ?? [];
    if (!estateId && wanted.length === 0 && ids.length === 0) {
      setNothing(true);
      return;
    }
    pull.mutate(
      { meetingId: meeting.id, estateId: estateId ?? null, statuses: wanted, caseIds: ids },
      {
        onSuccess: (count) => {
          void message.success(t("agenda.pulled", { n: formatNumber(count) }));
          onClose();
        },
        onError: (err) => void message.error(meetingWriteErrorText(err, t)),
      },
    );
  };
  return (
    <Modal
      open
      width={600}
      title={t("agenda.pullTitle")}
      onCancel={onClose}
      okText={t("agenda.pullOk")}
      okButtonProps={{ "data-testid": "pull-ok" }}
      onOk={() => form.submit()}
      confirmLoading={pull.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={() => setNothing(false)}
        initialValues={{ estateId: meeting.estateId ?? undefined, statuses: [], caseIds: [] }}
        data-testid="pull-form"
      >
        <Form.Item name="estateId" label={t("agenda.pullEstate")} extra={t("agenda.pullEstateHelp")}>
          <Select<number>
            allowClear
            options={(estates.data ?? []).filter((e) => e.communityId === meeting.communityId).map((e) => ({ value: e.id, label: e.name }))}
            data-testid="pull-estate"
          />
        </Form.Item>
        <Form.Item name="statuses" label={t("agenda.pullStatuses")} extra={t("agenda.pullStatusesHelp")}>
          <Select<CaseStatus[]>
            mode="multiple"
            allowClear
            options={OPEN_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
            data-testid="pull-statuses"
          />
        </Form.Item>
        <Form.Item
          name="caseIds"
          label={t("agenda.pullCases")}
          extra={t("agenda.pullCasesHelp")}
          validateStatus={nothing ? "error" : undefined}
          help={nothing ? t("agenda.pullNothing") : undefined}
        >
          <CasePickSelect communityId={meeting.communityId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
