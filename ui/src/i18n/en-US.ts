import accessEn from "./access/en-US";
import casesEn from "./cases/en-US";
import savedFiltersEn from "./common/savedFilters.en-US";
import deskEn from "./desk/en-US";
import worklogEn from "./desk/worklog.en-US";
import dutyEn from "./duty/en-US";
import dutyFormEn from "./duty/form.en-US";
import meetingsEn from "./meetings/en-US";
import meetingRecordsEn from "./meetings/records.en-US";
import rosterEn from "./roster/en-US";
import sheetEn from "./roster/sheet.en-US";
import backupEn from "./settings/backup.en-US";
import type { Messages } from "./zh-CN";

// Typed as Messages so a missing or extra key fails the type check.
const enUS: Messages = {
  app: {
    title: "Community Workstation",
    loading: "Opening the data…",
    demo: "Demo",
    operator: "Operator: {{name}}",
  },
  nav: {
    today: "Today",
    roster: "Grid roster",
    duty: "Duty",
    cases: "Cases",
    visits: "Visits",
    worklog: "Handoff / work log",
    merchants: "Merchants",
    meetings: "Meetings",
    reports: "Reports",
    settings: "Settings",
  },
  notBuilt: {
    title: "{{area}}: this area is not built yet",
    version: "This version does not include this part yet. Once built, it will hold:",
    cases:
      "The case register: front-desk visits, opening a case, persuasion and rectification, re-check and closing, with red/yellow/green against each time limit.",
    merchants:
      "Merchants along the street: shop name, address, person in charge and phone, the “three guarantees” pledge, patrol findings and repeat offences.",
    meetings:
      "Coordination meetings with the residents' committee, owners' committee and property company: minutes, decisions and follow-up of action items, printable for signing.",
    reports:
      "Reports: closing rate, on-time rate, rework rate and other indicators, and printouts of the work log, the case register and the other record books.",
  },
  startup: {
    failedTitle: "Cannot open the data",
    dataDir: "Data folder: ",
    dbPath: "Data file: ",
    unknownPath: "(could not be determined)",
    afterFix: "Once the problem is fixed, close this program and open it again.",
    details: "Technical details for the administrator",
  },
  setup: {
    welcome: "Welcome to the Community Workstation",
    intro: "This is the first time the program runs on this computer. Choose how to start:",
    newTitle: "New workstation",
    newDescription: "Enter this workstation's name, its street and the communities it serves, and start from empty.",
    newButton: "New workstation",
    demoTitle: "Open the demo workstation",
    demoDescription:
      "Load sample data for Bihu Street written after a news story (three communities, officers in the community every Wednesday and Sunday) to learn the program. Screens show a “Demo” tag.",
    demoButton: "Open the demo workstation",
    formTitle: "New workstation",
    back: "Back",
    submit: "Create the workstation",
    communitiesHelp: "The communities this workstation serves, one per row. You can add or archive them later in Settings.",
    addCommunityRow: "Add another community",
    removeCommunityRow: "Remove this row",
    communityPlaceholder: "Community name, e.g. Renhe Community",
    atLeastOneCommunity: "Please enter at least one community",
    created: "The workstation has been created",
  },
  fields: {
    name: "Workstation name",
    street: "Street",
    district: "District",
    address: "Address",
    phone: "Phone number",
    communities: "Communities served",
    community: "Community name",
    language: "Language",
  },
  // Field labels are capitalised; inside a sentence they read in lower case.
  validation: {
    required: "Please enter the {{field, lowercase}}",
    too_long: "The {{field, lowercase}} is too long; please shorten it and save again",
    invalid: "The {{field, lowercase}} is not in a valid form; please check it and save again",
    duplicate: "The {{field, lowercase}} is already in use; please choose another",
  },
  errors: {
    VALIDATION: "Some entries are not valid. Please check the fields marked in red and save again.",
    NOT_FOUND: "This record was not found; it may have been changed. Please refresh the page and try again.",
    CONFLICT: "This record conflicts with existing data, so nothing was saved. Please refresh, check and try again.",
    DATA_DIR_NOT_WRITABLE:
      "The data folder cannot be written to (no permission, or a read-only disk). Please ask the administrator to check the folder's permissions.",
    DATABASE_CORRUPT:
      "The data file is damaged, and this program will not change it. Please have the administrator restore it from a backup: under Settings, “Backup and restore”, or under “Restore from a backup” on the screen shown at start-up (the restore command works too).",
    DATABASE_TOO_NEW:
      "This data was written by a newer version of the program, and this version will not change it. Please install the latest version and open it again.",
    DATABASE_LOCKED:
      "The data file is in use by another program (perhaps this program is open in another window). Please close the other window and try again.",
    DISK_FULL: "The disk is full. This save was undone and the data is unchanged. Please free some disk space and try again.",
    DISK_ERROR: "Writing to the disk failed (full or faulty). This save was undone and the data is unchanged. Please check the free space and the drive, then try again.",
    NOT_SET_UP: "This workstation has not been set up yet. Please close and reopen the program to complete the first-start setup.",
    FORBIDDEN: "You do not have permission for this action. Please contact the administrator.",
    INVALID_FILE: "This file is not in the right format or is damaged and cannot be read. Please check it and choose the file again.",
    INTERNAL: "Something went wrong inside the program and the action was not completed. Please try again; if it happens again, contact the administrator.",
    NOT_SIGNED_IN: "Nobody is signed in, or the sign-in has ended. Please sign in again and retry.",
    SESSION_LOCKED: "The screen is locked, so the action was not completed. Please unlock it with your password or PIN and retry.",
    BAD_CREDENTIALS:
      "The login name or password is wrong. Please check and enter them again (mind upper and lower case, and make sure a Chinese input method is not on).",
    TOO_MANY_ATTEMPTS:
      "Too many wrong passwords: this account cannot sign in for now. Please wait a few minutes and try again, or ask the administrator for help.",
  },
  today: {
    profileTitle: "Workstation",
    communitiesTitle: "Communities served",
    moreCommunities: "and more: {{count}} communities in all",
    noCommunities: "No communities yet; add them in Settings.",
    statsTitle: "Data at a glance",
    statCommunities: "Communities",
    statChanges: "Recorded changes",
    statSize: "Data size",
    propertyNote: "The cases of the communities you look after are under Cases in the menu.",
    rosterGrids: "Grids",
    rosterMembers: "Members (people)",
    rosterGaps: "Gaps",
    rosterOpen: "Open the grid roster",
    empty: "Not filled in",
  },
  settings: {
    profileTitle: "Workstation",
    save: "Save",
    saved: "Saved",
    communitiesTitle: "Communities served",
    communitiesHelp: "Communities are never deleted: archive one you no longer serve, and its records stay.",
    addCommunity: "Add community",
    communityAdded: "Community added",
    archive: "Archive",
    archived: "Archived",
    archiveConfirmTitle: "Archive “{{name}}”?",
    archiveConfirmText: "New records can no longer choose this community; all existing records stay.",
    archiveOk: "Archive",
    cancel: "Cancel",
    communityArchived: "Community archived",
    languageTitle: "Language",
    languageHelp: "The language changes at once and is kept the next time the program opens.",
    dataTitle: "Data",
    dataDir: "Data folder",
    dbPath: "Data file",
    openDataFolder: "Open the data folder",
    aboutTitle: "About",
    version: "Program version",
    schemaVersion: "Data schema version",
    size: "Data size",
    createdAt: "Workstation created",
  },
  language: {
    "zh-CN": "简体中文",
    "en-US": "English",
  },
  ...accessEn,
  ...rosterEn,
  ...sheetEn,
  ...dutyEn,
  ...dutyFormEn,
  ...casesEn,
  ...deskEn,
  ...worklogEn,
  ...savedFiltersEn,
  ...backupEn,
  ...meetingsEn,
  ...meetingRecordsEn,
};

export default enUS;
