import { App, Button, Popconfirm } from "antd";
import type { UseMutationResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AppError } from "../../../api/bindings";
import { meetingErrorText } from "../meetingErrorText";

type Props = { id: number; name: string; archive: UseMutationResult<null, AppError, number>; testId: string };

/** Archive after a confirmation that says what stays (earlier meetings keep naming it). */
export function ArchiveButton({ id, name, archive, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={t("meetingParties.archiveTitle", { name })}
      description={t("meetingParties.archiveText")}
      okText={t("meetingParties.archive")}
      cancelText={t("meetingParties.cancel")}
      okButtonProps={{ danger: true, "data-testid": `${testId}-ok` }}
      onConfirm={() =>
        archive.mutateAsync(id).then(
          () => void message.success(t("meetingParties.archived")),
          (err: AppError) => void message.error(meetingErrorText(err, t)),
        )
      }
    >
      <Button size="small" danger type="link" data-testid={testId}>
        {t("meetingParties.archive")}
      </Button>
    </Popconfirm>
  );
}
