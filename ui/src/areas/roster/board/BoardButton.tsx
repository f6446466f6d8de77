import { Button, Dropdown } from "antd";
import { PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Community } from "../../../api/bindings";

/** The wall board is per community: the selected one, or one chosen from a menu when showing all. */
export function BoardButton({ communityId, communities }: { communityId: number | null; communities: Community[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (id: number) => navigate(`/roster/board/${id}`);
  const only = communityId ?? (communities.length === 1 ? communities[0].id : null);
  const button = (
    <Button
      icon={<PrinterOutlined />}
      disabled={communities.length === 0}
      onClick={only !== null ? () => open(only) : undefined}
      data-testid="board-open"
    >
      {t("board.open")}
    </Button>
  );
  if (only !== null) return button;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: communities.map((c) => ({ key: String(c.id), label: <span data-testid={`board-open-${c.id}`}>{c.name}</span> })),
        onClick: ({ key }) => open(Number(key)),
      }}
    >
      {button}
    </Dropdown>
  );
}
