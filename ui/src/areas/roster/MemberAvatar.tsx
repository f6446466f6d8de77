import { Avatar } from "antd";
import { useImage } from "../../api/queries";

const COLOURS = ["#f56a00", "#7265e6", "#00a2ae", "#1677ff", "#389e0d", "#c41d7f", "#d48806", "#08979c"];

/** The same name always gets the same colour, so a person is recognisable without a photo. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

export function initialOf(name: string): string {
  return Array.from(name.trim())[0] ?? "?";
}

/** The stored photo, or a coloured circle with the first character of the name. */
export function MemberAvatar({ name, photo, size = 40 }: { name: string; photo: string | null; size?: number }) {
  const image = useImage(photo);
  if (image.data) return <Avatar size={size} src={image.data} alt={name} style={{ flex: "none" }} />;
  return (
    <Avatar size={size} style={{ backgroundColor: colourOf(name), flex: "none", fontSize: size * 0.45 }} aria-label={name}>
      {initialOf(name)}
    </Avatar>
  );
}
