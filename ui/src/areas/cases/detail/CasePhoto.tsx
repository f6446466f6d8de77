import { Image, Skeleton } from "antd";
import { useImage } from "../../../api/queries";

/** A stored photo by file name; fetched once and kept (stored photos never change). */
export function CasePhoto({ name, size = 72 }: { name: string; size?: number }) {
  const image = useImage(name);
  if (!image.data) return <Skeleton.Image active={image.isPending} style={{ width: size, height: size }} />;
  return <Image src={image.data} alt={name} width={size} height={size} style={{ objectFit: "cover" }} data-testid="case-photo" />;
}
