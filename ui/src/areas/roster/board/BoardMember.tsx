import { Typography } from "antd";
import type { RosterMember } from "../../../api/bindings";
import { MemberAvatar } from "../MemberAvatar";

/** A member as printed: photo, name, role, organisation, phone and duties. Nothing else. */
export function BoardMember({ member: m, core }: { member: RosterMember; core: boolean }) {
  return (
    <div className={`board-member${core ? " board-member-core" : ""}`} data-testid={`board-member-${m.assignmentId}`}>
      <MemberAvatar name={m.name} photo={m.photo} size={core ? 64 : 44} />
      <div style={{ minWidth: 0 }}>
        <div>
          <Typography.Text strong style={{ fontSize: core ? 17 : 14 }}>
            {m.name}
          </Typography.Text>{" "}
          <span className={core ? "board-role board-role-core" : "board-role"}>{m.roleName}</span>
        </div>
        {m.organisation && <div className="board-line">{m.organisation}</div>}
        {m.phone && <div className="board-phone">{m.phone}</div>}
        {m.duties && <div className="board-line board-duties">{m.duties}</div>}
      </div>
    </div>
  );
}
