import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NotBuilt } from "./NotBuilt";

describe("NotBuilt", () => {
  it("says in Chinese that the area is not built and what it will hold", () => {
    render(<NotBuilt area="cases" />);
    const page = screen.getByTestId("page-cases");
    expect(page).toHaveTextContent("案件台账：本区域尚未开发");
    expect(page).toHaveTextContent("案件台账：来访接待登记、立案、劝导与整改");
  });

  it("describes each area differently", () => {
    render(<NotBuilt area="merchants" />);
    expect(screen.getByTestId("page-merchants")).toHaveTextContent("沿街商户");
    expect(screen.getByTestId("page-merchants")).not.toHaveTextContent("案件台账");
  });
});
