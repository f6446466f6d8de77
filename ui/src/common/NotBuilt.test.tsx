import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NotBuilt } from "./NotBuilt";

describe("NotBuilt", () => {
  it("says in Chinese that the area is not built and what it will hold", () => {
    render(<NotBuilt area="duty" />);
    const page = screen.getByTestId("page-duty");
    expect(page).toHaveTextContent("值班排班：本区域尚未开发");
    expect(page).toHaveTextContent("值班排班：执法队员每周固定下沉日（如周三、周日）");
  });

  it("describes each area differently", () => {
    render(<NotBuilt area="cases" />);
    expect(screen.getByTestId("page-cases")).toHaveTextContent("案件台账");
    expect(screen.getByTestId("page-cases")).not.toHaveTextContent("值班排班");
  });
});
