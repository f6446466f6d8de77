import { useState } from "react";
import { Alert, Button, Flex, Segmented, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useBoard } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import "./board.css";
import { BoardSheet, type Orientation } from "./BoardSheet";

/** The wall board print view. The toolbar and the app's menu and header do not print. */
export function BoardPage() {
  const communityId = Number(useParams().communityId);
  return Number.isInteger(communityId) && communityId > 0 ? <Board communityId={communityId} /> : <Navigate to="/roster" replace />;
}

function Board({ communityId }: { communityId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const board = useBoard(communityId);
  const [orientation, setOrientation] = useState<Orientation>("portrait");

  return (
    <div data-testid="page-board">
      {/* @page cannot be set per element, so the chosen paper orientation is written as a style. */}
      <style>{`@page { size: A4 ${orientation}; margin: 12mm; }`}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/roster")} data-testid="board-back">
          {t("board.back")}
        </Button>
        <Segmented<Orientation>
          value={orientation}
          onChange={setOrientation}
          options={[
            { value: "portrait", label: <span data-testid="board-portrait">{t("board.portrait")}</span> },
            { value: "landscape", label: <span data-testid="board-landscape">{t("board.landscape")}</span> },
          ]}
        />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!board.data} data-testid="board-print">
          {t("board.print")}
        </Button>
        <Typography.Text type="secondary">{t("board.printHelp")}</Typography.Text>
      </Flex>
      {board.isError && <Alert type="error" showIcon message={errorText(board.error, t)} />}
      {board.isPending && <Skeleton active />}
      {board.data && <BoardSheet board={board.data} orientation={orientation} />}
    </div>
  );
}
