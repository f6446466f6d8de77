import { App, Button, Card, Col, Image, Popconfirm, Row, Space, Tag, Tooltip, Typography } from "antd";
import { EditOutlined, InboxOutlined, UserAddOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Grid, GridRoster } from "../../api/bindings";
import { useArchiveGrid, useImage } from "../../api/queries";
import { usePerm } from "../../common/useSession";
import { errorText } from "../../i18n/errorText";
import { gapText } from "./gapText";
import { MemberItem } from "./MemberItem";

type Props = {
  roster: GridRoster;
  onEdit: () => void;
  onAddMember: () => void;
  onOpenPerson: (personId: number) => void;
};

/** One grid: its "2" core members large, then its "N" forces, with its gaps as orange tags. */
export function GridCard({ roster, onEdit, onAddMember, onOpenPerson }: Props) {
  const { t } = useTranslation();
  const canEdit = usePerm("roster_edit");
  const { grid, core, forces, gaps } = roster;
  return (
    <Card
      data-testid={`grid-${grid.id}`}
      style={{ height: "100%" }}
      title={
        <Space size={8}>
          <span>{grid.name}</span>
          {grid.code && <Typography.Text type="secondary">{grid.code}</Typography.Text>}
        </Space>
      }
      extra={
        canEdit && (
          <Space size={4}>
            <Button size="small" icon={<UserAddOutlined />} onClick={onAddMember} data-testid={`member-add-${grid.id}`}>
              {t("roster.addMember")}
            </Button>
            <Tooltip title={t("roster.editGrid")}>
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={onEdit}
                aria-label={t("roster.editGrid")}
                data-testid={`grid-edit-${grid.id}`}
              />
            </Tooltip>
            <ArchiveGridButton grid={grid} />
          </Space>
        )
      }
    >
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        {(grid.area || grid.mapImage) && (
          <Space align="start">
            {grid.mapImage && <GridMapThumb name={grid.mapImage} alt={grid.name} />}
            {grid.area && <Typography.Text type="secondary">{grid.area}</Typography.Text>}
          </Space>
        )}
        {gaps.length > 0 && (
          <Space size={[4, 4]} wrap data-testid={`grid-gaps-${grid.id}`}>
            {gaps.map((gap, i) => (
              <Tag color="orange" key={i}>
                {gapText(gap, t)}
              </Tag>
            ))}
          </Space>
        )}
        <Typography.Text strong>{t("roster.coreTitle")}</Typography.Text>
        {core.length === 0 ? (
          <Typography.Text type="secondary">{t("roster.noCore")}</Typography.Text>
        ) : (
          <Row gutter={[8, 8]} data-testid={`grid-core-${grid.id}`}>
            {core.map((m) => (
              <Col span={12} key={m.assignmentId}>
                <MemberItem member={m} prominent onOpen={() => onOpenPerson(m.personId)} />
              </Col>
            ))}
          </Row>
        )}
        <Typography.Text strong>{t("roster.forcesTitle", { count: forces.length })}</Typography.Text>
        {forces.length === 0 ? (
          <Typography.Text type="secondary">{t("roster.noForces")}</Typography.Text>
        ) : (
          <Row gutter={[8, 8]} data-testid={`grid-forces-${grid.id}`}>
            {forces.map((m) => (
              // Three across on a full-width card, two when cards sit side by side (xxl).
              <Col xs={24} sm={12} xl={8} xxl={12} key={m.assignmentId}>
                <MemberItem member={m} onOpen={() => onOpenPerson(m.personId)} />
              </Col>
            ))}
          </Row>
        )}
      </Space>
    </Card>
  );
}

function GridMapThumb({ name, alt }: { name: string; alt: string }) {
  const image = useImage(name);
  return image.data ? <Image src={image.data} alt={alt} width={64} height={48} style={{ objectFit: "cover" }} /> : null;
}

function ArchiveGridButton({ grid }: { grid: Grid }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveGrid();
  const confirm = () =>
    archive.mutateAsync(grid.id).then(
      () => void message.success(t("roster.gridArchived")),
      (err) => void message.error(errorText(err, t, "grid")),
    );
  return (
    <Popconfirm
      title={t("roster.archiveGridTitle", { name: grid.name })}
      description={<div style={{ maxWidth: 320 }}>{t("roster.archiveGridText")}</div>}
      okText={t("settings.archiveOk")}
      cancelText={t("settings.cancel")}
      onConfirm={confirm}
    >
      <Tooltip title={t("roster.archiveGrid")}>
        <Button
          size="small"
          icon={<InboxOutlined />}
          loading={archive.isPending}
          aria-label={t("roster.archiveGrid")}
          data-testid={`grid-archive-${grid.id}`}
        />
      </Tooltip>
    </Popconfirm>
  );
}
