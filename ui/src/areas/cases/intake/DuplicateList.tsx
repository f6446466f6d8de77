import { Alert, Button, Flex, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseLink } from "../../../api/bindings";
import { StatusTag } from "../StatusTag";

type Props = { cases: CaseLink[]; busy: boolean; onLink: (id: number) => void; onSaveAnyway: () => void };

/**
 * Open cases that look like the same problem. The desk decides: the same complaint twice is
 * saved and linked as a duplicate (it still counts as a visit), a different one is saved as is.
 */
export function DuplicateList({ cases, busy, onLink, onSaveAnyway }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="case-duplicates"
      message={t("caseForm.duplicatesTitle", { count: cases.length })}
      description={
        <Flex vertical gap={8}>
          <List
            size="small"
            dataSource={cases}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Button key="link" size="small" disabled={busy} onClick={() => onLink(c.id)} data-testid={`case-link-duplicate-${c.id}`}>
                    {t("caseForm.linkDuplicate")}
                  </Button>,
                ]}
              >
                <Flex gap={8} align="center" wrap>
                  <Typography.Text code>{c.number}</Typography.Text>
                  <span>{c.title}</span>
                  <StatusTag status={c.status} />
                </Flex>
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">{t("caseForm.duplicatesHelp")}</Typography.Text>
          <div>
            <Button onClick={onSaveAnyway} loading={busy} data-testid="case-save-anyway">
              {t("caseForm.saveAnyway")}
            </Button>
          </div>
        </Flex>
      }
    />
  );
}
