namespace AllianceCompliance.Reporting;

/// <summary>
/// The HTML report's inline style sheet: the page carries everything it needs, on screen and on
/// A4 paper (headings kept with what follows them, findings and table rows not split across pages,
/// quoted source lines wrapped rather than clipped behind a scroll bar).
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
        h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1.5rem 0 .35rem; }
        h5 { font-size: .95rem; margin: .9rem 0 .35rem; }
        h6 { font-size: .95rem; margin: 0 0 .25rem; }
        h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        .subtitle { margin-top: 0; }
        .meta { color: #59636e; margin-top: 0; font-size: .9rem; }
        .verdict { display: inline-block; font-size: .8rem; font-weight: 600; letter-spacing: .03em; padding: .1rem .5rem; border-radius: 1rem; margin-left: .5rem; vertical-align: middle; border: 1px solid; }
        .v-compliant, .s-met { color: #1a7f37; }
        .v-compliant-with-warnings, .s-met-with-warnings { color: #9a6700; }
        .v-non-compliant, .v-invalid, .s-not-met { color: #cf222e; }
        .s-not-assessed { color: #59636e; }
        h4 span { font-weight: 600; margin-left: .4rem; font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f6f8fa; font-weight: 600; }
        thead { display: table-header-group; }
        caption { text-align: left; caption-side: top; }
        caption h3, caption h5 { margin-top: 0; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        td.n { text-align: right; }
        table.facts th { width: 14rem; }
        table.glance th:nth-child(3) { width: 9rem; }
        table.glance th:nth-child(4) { width: 5.5rem; text-align: right; }
        table.provides th:nth-child(1) { width: 6rem; }
        table.provides th:nth-child(2) { width: 10rem; }
        blockquote { margin: .25rem 0 .75rem; padding: .25rem 1rem; border-left: 3px solid #d0d7de; color: #393f46; font-style: italic; }
        html[lang="zh-CN"] blockquote { font-style: normal; font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; }
        .cites { margin: .25rem 0; }
        .finding { border: 1px solid #d0d7de; border-left: 4px solid #59636e; border-radius: 6px; padding: .6rem 1rem; margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
        .finding.error { border-left-color: #cf222e; }
        .finding.warning { border-left-color: #9a6700; }
        .finding.waived { opacity: .75; border-left-style: dashed; }
        .sev { font-weight: 700; margin-right: .3rem; }
        .compared { font-size: .8rem; font-weight: 600; padding: 0 .4rem; margin-right: .3rem; border: 1px solid #d0d7de; border-radius: 1rem; color: #59636e; }
        .error .sev { color: #cf222e; }
        .warning .sev { color: #9a6700; }
        .message { margin: .25rem 0 .5rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0 0; }
        dt { color: #59636e; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .appendix { margin-top: 2rem; }
        .location { margin: .5rem 0; break-inside: avoid; page-break-inside: avoid; }
        .location p { margin: 0 0 .25rem; overflow-wrap: anywhere; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace, "Noto Sans Mono CJK SC"; font-size: .85rem; overflow-wrap: anywhere; }
        pre { background: #f6f8fa; border-radius: 6px; padding: .5rem 0; margin: 0; white-space: pre-wrap; }
        pre span { display: block; padding: 0 .75rem 0 4.5ch; text-indent: -3.75ch; white-space: pre-wrap; overflow-wrap: anywhere; }
        pre .hit { background: #fff8c5; box-shadow: inset 3px 0 #d4a72c; }
        pre .ln { display: inline-block; padding: 0; min-width: 3ch; margin-right: .75ch; text-indent: 0; text-align: right; color: #8c959f; user-select: none; }
        @page { size: A4; margin: 18mm 16mm 20mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { margin-top: 0; }
          section.document + section.document { break-before: page; page-break-before: always; }
          pre, code { overflow: visible; }
          .verdict, .finding, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
