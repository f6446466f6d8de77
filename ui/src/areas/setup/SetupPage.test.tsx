import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { SetupPage } = await import("./SetupPage");

describe("setup page", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("offers the two ways to start", () => {
    renderWithProviders(<SetupPage />);
    expect(screen.getByTestId("setup-new")).toHaveTextContent("新建工作站");
    expect(screen.getByTestId("setup-demo")).toHaveTextContent("打开演示工作站");
  });

  it("shows the required-field errors when the empty form is submitted, and sends nothing", async () => {
    renderWithProviders(<SetupPage />);
    fireEvent.click(screen.getByTestId("setup-new"));
    fireEvent.click(await screen.findByTestId("setup-submit"));

    expect(await screen.findByText("请填写工作站名称")).toBeInTheDocument();
    expect(screen.getByText("请填写所属街道")).toBeInTheDocument();
    expect(screen.getByText("请至少填写一个服务社区")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalled();
  });

  it("shows a server validation error on the field it names", async () => {
    invoke.mockRejectedValue({ code: "VALIDATION", message: "duplicate", field: "communities[0]", reason: "duplicate" });
    renderWithProviders(<SetupPage />);
    fireEvent.click(screen.getByTestId("setup-new"));
    fireEvent.change(await screen.findByLabelText("工作站名称"), { target: { value: " 华元社区城管工作站 " } });
    fireEvent.change(screen.getByLabelText("所属街道"), { target: { value: "碧湖街道" } });
    fireEvent.change(screen.getByLabelText("所属区"), { target: { value: "芗城区" } });
    fireEvent.change(screen.getByTestId("setup-community-0"), { target: { value: "仁和社区" } });
    fireEvent.click(screen.getByTestId("setup-submit"));

    await waitFor(() => expect(invoke).toHaveBeenCalled());
    expect(await screen.findByText("服务社区与已有的重复，请换一个")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("create_workstation", {
      input: {
        name: "华元社区城管工作站",
        street: "碧湖街道",
        district: "芗城区",
        address: "",
        phone: "",
        communities: ["仁和社区"],
      },
    });
  });

  it("shows a non-field error as a sentence, not the raw message", async () => {
    invoke.mockRejectedValue({ code: "DISK_FULL", message: "SQLITE_FULL at db.rs:42" });
    renderWithProviders(<SetupPage />);
    fireEvent.click(screen.getByTestId("setup-demo"));
    await waitFor(() => expect(screen.getByText(/磁盘已满/)).toBeInTheDocument());
    expect(screen.queryByText(/SQLITE_FULL/)).not.toBeInTheDocument();
  });
});
