import { Button, Flex } from "antd";
import { useTranslation } from "react-i18next";
import type { Step } from "../../../api/bindings";
import { DANGER_STEPS } from "./stepValues";

/**
 * One button per step the workflow allows now. The core sends none to someone who may only
 * read, so nothing is hidden here: what is not offered cannot be done.
 */
export function StepButtons({ steps, onStep }: { steps: Step[]; onStep: (step: Step) => void }) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="case-steps">
      {steps.map((step, i) => (
        <Button
          key={step}
          type={i === 0 ? "primary" : "default"}
          danger={DANGER_STEPS.includes(step)}
          onClick={() => onStep(step)}
          data-testid={`case-step-${step}`}
        >
          {t(`caseStep.${step}`)}
        </Button>
      ))}
    </Flex>
  );
}
