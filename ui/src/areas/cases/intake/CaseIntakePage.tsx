import { useEffect, useState, type KeyboardEvent } from "react";
import { App, Button, Card, Divider, Flex, Form, Typography } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { AppError, CaseInput, CaseLink } from "../../../api/bindings";
import { useApplyCaseStep, useCaseCategories, useCreateCase, useSuggestDuplicates } from "../../../api/caseQueries";
import { caseErrorText, showCaseFieldError } from "../caseErrorText";
import { emptyStep } from "../detail/stepValues";
import { useCaseCommunities } from "../useCaseCommunities";
import { DuplicateList } from "./DuplicateList";
import { INITIAL_INTAKE, INTAKE_FIELDS, toCaseInput, type IntakeValues } from "./intakeValues";
import { OptionalFields } from "./OptionalFields";
import { RequiredFields } from "./RequiredFields";

/** Registering a case (/cases/new). Built for the keyboard: Tab through, Ctrl+Enter saves. */
export function CaseIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const categories = useCaseCategories();
  const communities = useCaseCommunities();
  const suggest = useSuggestDuplicates();
  const create = useCreateCase();
  const step = useApplyCaseStep();
  // The possible duplicates of what the form held when they were asked for; any edit clears them.
  const [duplicates, setDuplicates] = useState<{ input: CaseInput; cases: CaseLink[] } | null>(null);
  const busy = suggest.isPending || create.isPending || step.isPending;

  // A workstation with one community has nothing to choose.
  useEffect(() => {
    if (communities.length === 1 && form.getFieldValue("communityId") === undefined) {
      form.setFieldValue("communityId", communities[0]?.id);
    }
  }, [communities, form]);

  const failed = (err: AppError) => {
    if (!showCaseFieldError(form, err, t, INTAKE_FIELDS)) void message.error(caseErrorText(err, t));
  };

  const save = async (input: CaseInput, duplicateOf: number | null) => {
    let id: number;
    try {
      id = await create.mutateAsync(input);
    } catch (err) {
      failed(err as AppError);
      return;
    }
    if (duplicateOf !== null) {
      try {
        await step.mutateAsync({ ...emptyStep(id, "mark_duplicate"), duplicateOf });
      } catch (err) {
        // The case is saved; the link can be made from its page.
        void message.error(caseErrorText(err as AppError, t));
      }
    }
    void message.success(t("caseForm.saved"));
    navigate(`/cases/${id}`);
  };

  const check = async (values: IntakeValues) => {
    const input = toCaseInput(values);
    try {
      const found = await suggest.mutateAsync(input);
      if (found.length > 0) {
        setDuplicates({ input, cases: found });
        return;
      }
    } catch (err) {
      failed(err as AppError);
      return;
    }
    await save(input, null);
  };

  const keys = (e: KeyboardEvent) => {
    if (e.key !== "Enter") return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      if (!busy) form.submit();
    } else if (e.target instanceof HTMLInputElement) {
      // Enter picks an option or ends a line of typing; it must never save half a case.
      e.preventDefault();
    }
  };

  return (
    <div data-testid="page-case-new" onKeyDown={keys}>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/cases")} data-testid="case-new-back">
          {t("caseForm.back")}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("caseForm.title")}
        </Typography.Title>
      </Flex>
      <Card style={{ maxWidth: 760 }}>
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          initialValues={INITIAL_INTAKE}
          onFinish={(v) => void check(v)}
          onValuesChange={(changed: Partial<IntakeValues>) => {
            if ("communityId" in changed) form.setFieldValue("gridId", undefined);
            setDuplicates(null);
          }}
          data-testid="case-form"
        >
          <RequiredFields categories={categories.data ?? []} communities={communities} />
          <Divider orientation="left" plain>
            {t("caseForm.optional")}
          </Divider>
          <OptionalFields />
          {duplicates && (
            <DuplicateList
              cases={duplicates.cases}
              busy={busy}
              onLink={(id) => void save(duplicates.input, id)}
              onSaveAnyway={() => void save(duplicates.input, null)}
            />
          )}
          <Flex gap={8} align="center" style={{ marginTop: 16 }}>
            <Button type="primary" loading={busy} disabled={duplicates !== null} onClick={() => form.submit()} data-testid="case-submit">
              {t("caseForm.submit")}
            </Button>
            <Button onClick={() => navigate("/cases")}>{t("caseForm.cancel")}</Button>
            <Typography.Text type="secondary">{t("caseForm.shortcut")}</Typography.Text>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
