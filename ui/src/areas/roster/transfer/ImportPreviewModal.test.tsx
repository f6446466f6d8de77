import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportPreview } from "../../../api/bindings";
import i18n from "../../../i18n";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { ImportPreviewModal } = await import("./ImportPreviewModal");

const PATH = "/home/desk/网格名册.xlsx";

const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  added: [{ row: 2, community: "仁和社区", grid: "第一网格", name: "孙丽", role: "志愿者", changes: ["newPerson"] }],
  changed: [{ row: 4, community: "仁和社区", grid: "第一网格", name: "李四", role: "物业", changes: ["phone", "endDate"] }],
  unchanged: 5,
  rejected: [],
  missingColumns: [],
  applied: false,
  ...over,
});

const rejectedRow = { row: 3, reason: "unknown_role" as const, value: "网格员" };

describe("import preview", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("keeps confirm disabled while any row is rejected, and says why in Chinese", async () => {
    renderWithProviders(<ImportPreviewModal path={PATH} preview={preview({ rejected: [rejectedRow] })} onClose={() => {}} />);
    const modal = await screen.findByTestId("import-preview");
    expect(screen.getByTestId("import-confirm")).toBeDisabled();
    expect(screen.getByTestId("import-blocked")).toHaveTextContent("请修改被拒绝的行后重新导入：导入要么全部写入，要么不写入");
    // The rejected tab opens first, with the row, the reason as a sentence, and the value read.
    expect(screen.getByTestId("import-rejected")).toHaveTextContent(
      "第3行：这个角色不在网格角色中（请检查名称，或先在“设置 → 网格角色”中添加）（内容：网格员）",
    );
    expect(modal).not.toHaveTextContent("unknown_role");
    fireEvent.click(screen.getByTestId("import-confirm"));
    expect(invoke).not.toHaveBeenCalled();
  });

  it("reads the reason in English when the UI is English", async () => {
    await i18n.changeLanguage("en-US");
    renderWithProviders(<ImportPreviewModal path={PATH} preview={preview({ rejected: [rejectedRow] })} onClose={() => {}} />);
    expect(await screen.findByTestId("import-rejected")).toHaveTextContent("Row 3: the role is not among the grid roles");
  });

  it("names the missing columns and blocks the import", async () => {
    renderWithProviders(
      <ImportPreviewModal path={PATH} preview={preview({ missingColumns: ["community", "role"] })} onClose={() => {}} />,
    );
    expect(await screen.findByTestId("import-missing-columns")).toHaveTextContent("文件缺少必需的列：社区、角色");
    expect(screen.getByTestId("import-confirm")).toBeDisabled();
  });

  it("applies a clean file and reports the counts", async () => {
    invoke.mockResolvedValue(preview({ applied: true }));
    const onClose = vi.fn();
    renderWithProviders(<ImportPreviewModal path={PATH} preview={preview()} onClose={onClose} />);
    const modal = await screen.findByTestId("import-preview");
    expect(modal).toHaveTextContent("孙丽");
    expect(modal).toHaveTextContent("新人员");
    const confirm = screen.getByTestId("import-confirm");
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith("apply_roster_import", { path: PATH });
    expect(await screen.findByText("导入完成：新增 1 行，变更 1 行")).toBeInTheDocument();
  });

  it("says nothing was imported when the file went bad after the preview", async () => {
    invoke.mockRejectedValue({ code: "INVALID_FILE", message: "1 rows are rejected or columns are missing" });
    const onClose = vi.fn();
    renderWithProviders(<ImportPreviewModal path={PATH} preview={preview()} onClose={onClose} />);
    fireEvent.click(await screen.findByTestId("import-confirm"));
    expect(await screen.findByText(/没有导入任何内容/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
