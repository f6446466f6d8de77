import { Button, Empty, Flex, List, Space, Tooltip, Typography } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/bindings";
import { PersonPicker } from "../../roster/member/PersonPicker";

export type KnownPerson = { name: string; phone: string };

type Props = {
  value?: number[];
  onChange?: (members: number[]) => void;
  /** Names of the people in the list, by id: the ids alone are what the rule stores. */
  known: Record<number, KnownPerson>;
  onKnown: (person: Person) => void;
};

/** The rotation pool: people found on the roster, in the order they take turns. */
export function MemberPool({ value = [], onChange, known, onKnown }: Props) {
  const { t } = useTranslation();
  const set = (members: number[]) => onChange?.(members);
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    set(next);
  };
  const add = (id: number, person: Person | undefined) => {
    if (person) onKnown(person);
    if (!value.includes(id)) set([...value, id]);
  };

  return (
    <Flex vertical gap={8}>
      <PersonPicker
        known={[]}
        value={undefined}
        onChange={add}
        testId="rule-member-search"
        placeholder={t("dutyRule.memberSearch")}
        notFound={t("dutyRule.noPeopleFound")}
      />
      {value.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dutyRule.membersEmpty")} data-testid="rule-members" />
      ) : (
        <List
          size="small"
          bordered
          data-testid="rule-members"
          dataSource={value}
          renderItem={(id, index) => (
            <List.Item
              data-testid={`rule-member-${id}`}
              actions={[
                <Tooltip key="up" title={t("dutyRule.moveUp")}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t("dutyRule.moveUp")}
                    data-testid={`rule-member-up-${id}`}
                  />
                </Tooltip>,
                <Tooltip key="down" title={t("dutyRule.moveDown")}>
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t("dutyRule.moveDown")}
                    data-testid={`rule-member-down-${id}`}
                  />
                </Tooltip>,
                <Tooltip key="remove" title={t("dutyRule.removeMember")}>
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    onClick={() => set(value.filter((m) => m !== id))}
                    aria-label={t("dutyRule.removeMember")}
                    data-testid={`rule-member-remove-${id}`}
                  />
                </Tooltip>,
              ]}
            >
              <Space>
                <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                <Typography.Text strong>{known[id]?.name ?? `#${id}`}</Typography.Text>
                {known[id]?.phone && <Typography.Text type="secondary">{known[id].phone}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
