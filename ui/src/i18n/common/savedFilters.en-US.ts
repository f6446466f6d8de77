import type { SavedFiltersMessages } from "./savedFilters.zh-CN";

// Typed as SavedFiltersMessages so a missing or extra key fails the type check.
const savedFiltersEn: SavedFiltersMessages = {
  savedFilters: {
    button: "Saved filters",
    loading: "Loading…",
    none: "No saved filters yet",
    saveCurrent: "Save current filters…",
    nothingToSave: "Set a search or a filter first, then save it",
    saveTitle: "Save the current filters",
    name: "Name",
    namePlaceholder: "A name you will recognise",
    nameHelp: "The search text and the filters are saved (not the page). A filter of the same name is replaced; each list keeps up to 30.",
    nameRequired: "Please enter a name",
    tooMany: "This list already has 30 saved filters; delete one you no longer use, then save again",
    save: "Save",
    cancel: "Cancel",
    saved: "Saved the filters “{{name}}”",
    delete: "Delete “{{name}}”",
    deleteTitle: "Delete “{{name}}”?",
    deleteText: "Only this saved filter goes; no records change.",
    deleteOk: "Delete",
    deleted: "Saved filter deleted",
    damaged: "The saved filter “{{name}}” is damaged and cannot be used. Delete it and save it again.",
  },
};

export default savedFiltersEn;
