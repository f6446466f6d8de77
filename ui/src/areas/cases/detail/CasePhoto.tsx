import { Image, Skeleton } from "antd";
import { useCasePhoto } from "../../../api/caseQueries";

/** A stored photo of a case; fetched once and kept (stored photos never change). */
export function CasePhoto({ caseId, name, size = 72 }: { caseId: number; name: string; size?: number }) {
  const image = useCasePhoto(caseId, name);
  if (!image.data) return <Skeleton.Image active={image.isPending} style={{ width: size, height: size }} />;
  return <Image src={image.data} alt={name} width={size} height={size} style={{ objectFit: "cover" }} data-testid="case-photo" />;
}
