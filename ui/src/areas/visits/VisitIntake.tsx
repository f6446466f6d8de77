import { useState } from "react";
import { VisitCaseModal } from "./VisitCaseModal";
import { VisitFormModal } from "./VisitFormModal";

/**
 * Logging a visit and, when "save and make a case" was ticked, going straight on to the case.
 * Render it only while wanted: it opens on mount and calls `onClose` when done.
 */
export function VisitIntake({ onClose }: { onClose: () => void }) {
  const [caseFor, setCaseFor] = useState<number | null>(null);
  if (caseFor !== null) return <VisitCaseModal visitId={caseFor} onClose={onClose} />;
  return <VisitFormModal onClose={onClose} onSaved={(id, makeCase) => (makeCase ? setCaseFor(id) : onClose())} />;
}
