// The coordination meetings' (联席会议) commands: parties and estates, meetings with their
// attendees, agenda and outcomes, and the action items across meetings. Kept apart from ./index
// like ./cases; they go through the same `call`, so errors arrive as AppError.
import { call } from "./index";
import type {
  ActionQuery,
  Attendee,
  AttendeeInput,
  Estate,
  EstateInput,
  ItemInput,
  Meeting,
  MeetingDetail,
  MeetingInput,
  Outcome,
  OutcomeInput,
  Party,
  PartyInput,
  PullCasesInput,
} from "./bindings";

/** Live parties (物业公司, 业委会, 居委会...), by kind and name. */
export const listParties = (): Promise<Party[]> => call("list_parties");

/** Live estates (小区), by community and name. */
export const listEstates = (): Promise<Estate[]> => call("list_estates");

/** `id` null creates one. A live party of the same kind and name is refused (name duplicate). */
export const saveParty = (id: number | null, input: PartyInput): Promise<Party> => call("save_party", { id, input });

/** It leaves the lists; meetings and actions keep naming it. */
export const archiveParty = (id: number): Promise<null> => call("archive_party", { id });

export const saveEstate = (id: number | null, input: EstateInput): Promise<Estate> => call("save_estate", { id, input });

export const archiveEstate = (id: number): Promise<null> => call("archive_estate", { id });

/** Names the estate a case concerns (null: none), so the estate's meeting can pull it in. */
export const setCaseEstate = (caseId: number, estateId: number | null): Promise<null> =>
  call("set_case_estate", { caseId, estateId });

/** Newest first; `closedAt` null is a meeting still open. */
export const listMeetings = (): Promise<Meeting[]> => call("list_meetings");

export const getMeeting = (id: number): Promise<MeetingDetail> => call("get_meeting", { id });

/** The community's open actions of earlier meetings come first on the new meeting's agenda. */
export const createMeeting = (input: MeetingInput): Promise<Meeting> => call("create_meeting", { input });

/** With a party and no name, the party's contact is recorded. CONFLICT once the meeting is closed. */
export const addAttendee = (input: AttendeeInput): Promise<Attendee> => call("add_attendee", { input });

export const removeAttendee = (id: number): Promise<null> => call("remove_attendee", { id });

/** Returns the new item's id; with a case and no title the case's title is used. */
export const addAgendaItem = (input: ItemInput): Promise<number> => call("add_agenda_item", { input });

/** Returns how many cases were added (a case already on the agenda is not added twice). */
export const pullCases = (input: PullCasesInput): Promise<number> => call("pull_cases", { input });

export const setItemNotes = (itemId: number, notes: string): Promise<null> => call("set_item_notes", { itemId, notes });

/** While the meeting is open. An action needs an owner (party or name) and a due day. */
export const addOutcome = (input: OutcomeInput): Promise<Outcome> => call("add_outcome", { input });

/** Only on a closed meeting; shown as an amendment (补正). */
export const amendMeeting = (input: OutcomeInput): Promise<Outcome> => call("amend_meeting", { input });

/** Freezes the minutes: afterwards only amendments. */
export const closeMeeting = (id: number): Promise<Meeting> => call("close_meeting", { id });

/** Open ones first by due day; `overdue` is open and past its due day. */
export const listActions = (query: ActionQuery): Promise<Outcome[]> => call("list_actions", { query });

/** Records who and when; CONFLICT when it is done already. */
export const markActionDone = (id: number, note: string): Promise<Outcome> => call("mark_action_done", { id, note });

/** The meeting minutes book (会议记录本); from/to "YYYY-MM-DD" or "" for all. Returns the meetings written. */
export const exportMinutes = (path: string, from: string, to: string): Promise<number> =>
  call("export_minutes", { path, from, to });

/** Every action item as a sheet; returns the rows written. */
export const exportActions = (path: string): Promise<number> => call("export_actions", { path });
