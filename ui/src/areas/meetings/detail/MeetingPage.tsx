import { Alert, Button, Skeleton, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useMeeting } from "../../../api/meetingQueries";
import { useCarriedActions } from "../agenda";
import { meetingErrorText } from "../meetingErrorText";
import { AgendaCard } from "./AgendaCard";
import { AttendeesCard } from "./AttendeesCard";
import { GeneralOutcomes } from "./GeneralOutcomes";
import { MeetingHeader } from "./MeetingHeader";

/** The id of /meetings/:id, or null when the address does not hold one. */
export function useMeetingId(): number | null {
  const id = Number(useParams().id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** One meeting (/meetings/12) as it is held: who came, the agenda, and what was decided. */
export function MeetingPage() {
  const id = useMeetingId();
  return id !== null ? <Detail id={id} /> : <Navigate to="/meetings" replace />;
}

function Detail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useMeeting(id);
  const carried = useCarriedActions(detail.data);
  if (detail.isError) {
    return (
      <div data-testid="page-meeting">
        <Alert
          type="error"
          showIcon
          message={meetingErrorText(detail.error, t)}
          action={<Button onClick={() => navigate("/meetings")}>{t("meeting.back")}</Button>}
        />
      </div>
    );
  }
  if (!detail.data) return <Skeleton active />;
  const data = detail.data;
  return (
    <div data-testid="page-meeting">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <MeetingHeader detail={data} />
        <AttendeesCard detail={data} />
        <AgendaCard detail={data} carried={carried} />
        <GeneralOutcomes outcomes={data.general} />
      </Space>
    </div>
  );
}
