import type { CellStyle } from "./plan";

/** The look of each cell style, as plain data each host translates (Fluent blue accents, thin grey borders). */
export interface StyleSpec {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  border?: boolean;
  italic?: boolean;
}

export const FONT = "等线";

export const STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 16, horizontal: "center", vertical: "middle" },
  subtitle: {
    size: 10,
    color: "605E5C",
    horizontal: "center",
    vertical: "middle",
  },
  header: {
    bold: true,
    fill: "DEECF9",
    border: true,
    wrap: true,
    horizontal: "center",
    vertical: "middle",
  },
  section: { bold: true, size: 12, color: "0F6CBD", vertical: "middle" },
  label: { bold: true, horizontal: "right", vertical: "middle" },
  level: { border: true, wrap: true, horizontal: "center", vertical: "middle" },
  text: { border: true, horizontal: "center", vertical: "middle" },
  wrap: { border: true, wrap: true, vertical: "top" },
  number: { border: true, horizontal: "center", vertical: "middle" },
  input: { border: true, fill: "FFF9E5", vertical: "middle" },
  total: {
    bold: true,
    border: true,
    fill: "F3F2F1",
    horizontal: "center",
    vertical: "middle",
  },
  override: {
    bold: true,
    border: true,
    fill: "FDE7E9",
    horizontal: "center",
    vertical: "middle",
  },
  note: { size: 9, color: "605E5C", wrap: true, vertical: "middle" },
  source: { size: 9, color: "605E5C", border: true, wrap: true, vertical: "middle" },
  key: { size: 9, color: "8A8886", vertical: "middle" },
};
