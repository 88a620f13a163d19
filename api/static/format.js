/* Formatting of exact decimal strings for people: grouping only, never rounding.
   Amounts arrive as decimal strings in base units (dollars, not thousands); they are shown with
   every digit they have. */
"use strict";

const Fmt = (() => {
  function group(decimal) {
    const s = String(decimal);
    const negative = s.startsWith("-");
    const body = negative ? s.slice(1) : s;
    const [whole, frac] = body.split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return { negative, text: frac !== undefined ? `${grouped}.${frac}` : grouped };
  }

  function amount(decimal, unit) {
    if (decimal === null || decimal === undefined) return "";
    const { negative, text } = group(decimal);
    const sign = negative ? "\u2212" : "";
    switch (unit) {
      case "USD": return `${sign}$${text}`;
      case "USD/share": return `${sign}$${text} per share`;
      case "percent": return `${sign}${text} %`;
      case "shares": return `${sign}${text} shares`;
      case "count": return `${sign}${text}`;
      case "ratio": return `${sign}${text}`;
      default: return `${sign}${text}${unit ? " " + unit : ""}`;
    }
  }

  function value(v) {
    if (!v) return "";
    if (v.amount !== null && v.amount !== undefined) return amount(v.amount, v.unit);
    if (v.low !== null && v.low !== undefined && v.high !== null && v.high !== undefined) {
      return `${amount(v.low, v.unit)} to ${amount(v.high, v.unit)}`;
    }
    return amount(v.low ?? v.high, v.unit);
  }

  function period(p) {
    if (!p) return "";
    const [a, b] = p.split("/");
    return b ? `${a} to ${b}` : `at ${a}`;
  }

  const STATUS = {
    answered: ["Answered", "Every figure is checked against the filing."],
    uncertain: ["Uncertain", "The best reading is shown; other readings are listed below."],
    conflict: ["Conflict", "The filing states different figures for the same item; both are cited."],
    not_found: ["Not found", "The filing does not hold what was asked."],
    unverified: ["Unverified", "A figure could not be checked against the filing."],
  };

  function status(s) {
    return STATUS[s] || [s, ""];
  }

  const OPS = {
    add: "+", subtract: "\u2212", multiply: "\u00d7", divide: "\u00f7",
  };

  return { group, amount, value, period, status, OPS };
})();
