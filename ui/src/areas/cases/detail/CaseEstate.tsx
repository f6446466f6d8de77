import { App, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../api/bindings";
import { useEstates, useSetCaseEstate } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { caseErrorText } from "../caseErrorText";

/**
 * The estate (小区) a case concerns: whoever holds meetings names it here, so the estate's
 * coordination meeting can pull the case in. Others only read it.
 */
export function CaseEstate({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mayEdit = usePerm("meeting_run");
  const estates = useEstates();
  const set = useSetCaseEstate();
  const none = t("caseDetail.noEstate");
  if (!mayEdit) return <span data-testid="case-estate">{detail.estateName ?? none}</span>;
  const options = (estates.data ?? [])
    .filter((e) => e.communityId === detail.case.communityId && (!e.archived || e.id === detail.estateId))
    .map((e) => ({ value: e.id, label: e.name }));
  return (
    <Select<number>
      allowClear
      size="small"
      value={detail.estateId ?? undefined}
      placeholder={none}
      options={options}
      loading={estates.isFetching || set.isPending}
      notFoundContent={t("caseDetail.noEstates")}
      onChange={(estateId) =>
        set.mutate(
          { caseId: detail.case.id, estateId: estateId ?? null },
          {
            onSuccess: () => void message.success(t("caseDetail.estateSaved")),
            onError: (err) => void message.error(caseErrorText(err, t)),
          },
        )
      }
      style={{ minWidth: 200 }}
      data-testid="case-estate"
    />
  );
}
