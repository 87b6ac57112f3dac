namespace AllianceCompliance.Reporting;

/// <summary>The HTML report's inline style sheet: the page carries everything it needs.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.25rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
        .meta { color: #59636e; margin-top: 0; }
        .verdict { display: inline-block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: .1rem .5rem; border-radius: 1rem; margin-left: .5rem; vertical-align: middle; border: 1px solid; }
        .v-compliant, .s-met { color: #1a7f37; }
        .v-compliant-with-warnings, .s-met-with-warnings { color: #9a6700; }
        .v-non-compliant, .v-invalid, .s-not-met { color: #cf222e; }
        .s-not-assessed { color: #59636e; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; }
        td.n { text-align: right; }
        .finding { border: 1px solid #d0d7de; border-left: 4px solid #59636e; border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
        .finding.error { border-left-color: #cf222e; }
        .finding.warning { border-left-color: #9a6700; }
        .finding.waived { opacity: .75; border-left-style: dashed; }
        .finding h4 { margin: 0 0 .25rem; font-size: 1rem; }
        .sev { text-transform: uppercase; font-size: .8rem; font-weight: 700; margin-right: .4rem; }
        .error .sev { color: #cf222e; }
        .warning .sev { color: #9a6700; }
        .message { margin: .25rem 0 .5rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0; }
        dt { color: #59636e; }
        dd { margin: 0; overflow-wrap: anywhere; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: .85rem; }
        pre { background: #f6f8fa; border-radius: 6px; padding: .5rem 0; overflow-x: auto; margin: .5rem 0 0; }
        pre span { display: block; padding: 0 .75rem; white-space: pre; }
        pre .hit { background: #fff8c5; box-shadow: inset 3px 0 #d4a72c; }
        pre .ln { display: inline-block; padding: 0; min-width: 3ch; margin-right: 1ch; text-align: right; color: #8c959f; user-select: none; }
        @media print { body { margin: 0; max-width: none; } .finding { break-inside: avoid; } }
        """;
}
