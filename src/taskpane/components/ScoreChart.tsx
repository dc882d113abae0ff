import { makeStyles, tokens } from "@fluentui/react-components";
import type { LevelBar } from "../model";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", fontFamily: tokens.fontFamilyBase },
});

const ROW = 22;
const LABEL = 84;
const WIDTH = 300;

/**
 * Score against points for each level, as horizontal bars. A chart, not a control: Fluent UI v9 has
 * no chart, so this draws one with Fluent's colour and type tokens, and reads as a table to a screen reader.
 */
export default function ScoreChart({
  bars,
  label,
}: {
  bars: LevelBar[];
  label: (parts: string[]) => string;
}) {
  const styles = useStyles();
  const max = Math.max(...bars.map((b) => b.points));
  const scale = (v: number) => ((WIDTH - LABEL - 52) * v) / max;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`}
      role="img"
      aria-label={label(bars.map((b) => `${b.name} ${b.score}/${b.points}`))}
    >
      {bars.map((b, i) => {
        const y = i * ROW + 2;
        const indent = b.level === 1 ? 0 : 10;
        return (
          <g key={`${b.level}-${b.name}`}>
            <text
              x={indent}
              y={y + 14}
              fontSize={b.level === 1 ? 12 : 11}
              fontWeight={b.level === 1 ? 600 : 400}
              fill={tokens.colorNeutralForeground1}
            >
              {b.name}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={scale(b.points)}
              height={12}
              rx={2}
              fill={tokens.colorNeutralBackground5}
            />
            <rect
              x={LABEL}
              y={y + 4}
              width={scale(b.score)}
              height={12}
              rx={2}
              fill={
                b.score < b.points
                  ? tokens.colorPaletteMarigoldForeground1
                  : tokens.colorBrandBackground
              }
            />
            <text
              x={LABEL + scale(b.points) + 4}
              y={y + 14}
              fontSize={11}
              fill={tokens.colorNeutralForeground2}
            >
              {`${b.score}/${b.points}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
