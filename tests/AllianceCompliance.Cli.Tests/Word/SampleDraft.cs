using AllianceCompliance.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Words = AllianceCompliance.Cli.Docx.Word;

namespace AllianceCompliance.Cli.Tests.Word;

/// <summary>
/// Makes <c>samples/sichuan-gas-chemical-alliance.draft.docx</c>: the Word draft, in Chinese, of the
/// agreement <c>samples/sichuan-gas-chemical-alliance.yaml</c> describes, with the articles that file
/// names (第十一条 withdrawal, 第二十六条 dissolution, 第三十一条 disputes...). Its articles are an
/// automatically numbered list (第%1条, Chinese counting) running through the chapters, as drafts
/// made in Word usually are; 第十一条 has two paragraphs (款).
/// </summary>
internal static class SampleDraft
{
    public static string Path => System.IO.Path.Combine(Cli.Samples, "sichuan-gas-chemical-alliance.draft.docx");

    public static string Agreement => System.IO.Path.Combine(Cli.Samples, "sichuan-gas-chemical-alliance.yaml");

    private const int ArticleList = 1;

    /// <summary>The draft: a title, the parties, chapters of numbered articles, and the signature page.</summary>
    private static readonly (string Chapter, string[][] Articles)[] Chapters =
    [
        ("第一章　总则",
        [
            ["联盟名称为“四川天然气化工产业技术创新战略联盟”（以下简称“联盟”）。"],
            ["联盟以企业发展需求和各方共同利益为基础，以提升天然气化工产业技术创新能力为目标，实现联合开发、优势互补、利益共享、风险共担。"],
            ["联盟是由本协议各成员单位以契约形式组成的技术创新合作组织，不具有独立法人资格。"],
            ["本协议适用《中华人民共和国合同法》。"],
            ["联盟的技术创新目标为：（一）天然气部分氧化法制乙炔节能技术，在三万吨/年装置上使吨乙炔天然气消耗降低百分之十，于2014年12月31日前完成；（二）高含硫气田硫磺回收率达到百分之九十九点九以上，尾气处理装置连续运行六个月，于2015年6月30日前完成。"],
        ]),
        ("第二章　成员",
        [
            ["联盟成员单位为：四川岷江天然气化工有限公司（牵头单位）、四川达州普光化工有限公司、四川大学、四川省天然气化学研究所。"],
            ["成员单位享有参与联盟决策、使用联盟共享资源、按本协议分享联盟成果收益的权利。"],
            ["成员单位的任务分工为：四川岷江天然气化工有限公司负责工业装置改造与运行；四川达州普光化工有限公司负责尾气处理装置建设与运行；四川大学负责尾气加氢催化剂研究；四川省天然气化学研究所负责烧嘴设计与中试。"],
            ["从事天然气化工的企业和科研单位，经理事会决议，可以加入联盟。"],
            ["联盟与气田运营单位及四川省石油和化学工业协会开展交流合作，每年举办技术交流会并发布成果简报。"],
            [
                "成员退出联盟，应当向理事会提出书面申请。",
                "成员退出的，由理事会提出其所承担项目任务的调整方案。",
            ],
            ["联盟承担省级财政资助项目所形成的成果，以公平条件许可联盟外单位使用。"],
        ]),
        ("第三章　组织机构",
        [
            ["联盟设理事会，为联盟的决策机构，由全体成员单位各派一名代表组成，每年召开两次会议。"],
            ["理事会会议须有四分之三以上理事出席方可举行，决议须经出席理事三分之二以上同意。"],
            ["联盟设专家委员会，为联盟的咨询机构。"],
            ["联盟设秘书处，为联盟的执行机构，依托四川岷江天然气化工有限公司设立，配备专职工作人员三名，负责联盟日常事务。"],
            ["四川岷江天然气化工有限公司代表联盟对外承担责任。"],
        ]),
        ("第四章　经费",
        [
            ["联盟制定《联盟经费管理办法》，对项目经费的组织、配套、使用、监督检查、责任追究及知识产权共享作出规定。"],
            ["联盟经费实行年度审计，审计结果向理事会报告。"],
            ["联盟经费来源为：四川岷江天然气化工有限公司出资六百万元，四川达州普光化工有限公司出资五百万元，四川省科学技术厅资助三百万元。联盟经费由四川岷江天然气化工有限公司管理。"],
            ["政府资助经费的使用接受四川省科学技术厅的监督。"],
        ]),
        ("第五章　知识产权与利益分配",
        [
            ["各成员原有知识产权归原单位所有，仅在约定范围内用于联盟项目。联盟项目成果归完成单位所有，共同完成的成果由完成各方共有。成员单位为联盟项目可免费使用联盟成果，联盟外单位按公平条件许可使用。"],
            ["共同成果转化的净收益按以下比例分配：四川岷江天然气化工有限公司百分之三十五，四川达州普光化工有限公司百分之三十，四川大学百分之二十，四川省天然气化学研究所百分之十五。"],
            ["各成员单位对在联盟工作中知悉的其他成员的商业秘密负有保密义务。"],
        ]),
        ("第六章　期限与解散",
        [
            ["本协议有效期自2011年6月28日起至2016年6月27日止。"],
            ["联盟目标实现、协议期限届满或理事会三分之二以上成员决议解散的，联盟解散。解散决议报四川省科学技术厅。"],
            ["本协议的变更须经理事会决议，并由全体成员单位书面确认。"],
        ]),
        ("第七章　违约责任与争议解决",
        [
            ["成员单位违约的，应赔偿由此造成的损失；经理事会决议，可以将其除名。"],
            ["因不可抗力不能履行本协议的，根据不可抗力的影响，部分或者全部免除责任。"],
            ["与本协议有关的通知，以书面形式送达各成员单位在本协议中载明的地址。"],
            ["因本协议发生的争议，提交成都仲裁委员会仲裁，或者向被告住所地人民法院提起诉讼。"],
        ]),
        ("第八章　附则",
        [
            ["本协议经全体成员单位法定代表人签字并加盖公章后，自2011年6月28日起生效。"],
            ["本协议一式八份，各成员单位各执两份，具有同等法律效力。"],
        ]),
    ];

    private static readonly string[] Parties =
    [
        "四川岷江天然气化工有限公司（法定代表人：罗岷江）",
        "四川达州普光化工有限公司（法定代表人：唐普光）",
        "四川大学（法定代表人：谢和平）",
        "四川省天然气化学研究所（法定代表人：文庆）",
    ];

    /// <summary>Writes the draft.</summary>
    public static void Write(Stream output)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Words.AddStyles(main, Language.Chinese);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                    new Level(
                        new StartNumberingValue { Val = 1 },
                        new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                        new LevelSuffix { Val = LevelSuffixValues.Space },
                        new LevelText { Val = "第%1条" },
                        new LevelJustification { Val = LevelJustificationValues.Left },
                        new NumberingSymbolRunProperties(new Bold())) { LevelIndex = 0 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = ArticleList });

            var body = new Body();
            body.Append(Words.Paragraph(Words.Title, "四川天然气化工产业技术创新战略联盟协议"));
            body.Append(Words.Paragraph(Words.Subtitle, "（征求意见稿）"));
            body.Append(Words.Paragraph(null, "协议各方："));
            foreach (var party in Parties)
            {
                body.Append(Words.Paragraph(null, party));
            }

            body.Append(Words.Paragraph(null, "各方根据《关于推动产业技术创新战略联盟构建的指导意见》（国科发政〔2008〕770号），经平等协商，就共同组建四川天然气化工产业技术创新战略联盟达成如下协议。"));
            foreach (var (chapter, articles) in Chapters)
            {
                var heading = Words.Paragraph(Words.Heading2, chapter);
                heading.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
                body.Append(heading);
                foreach (var paragraphs in articles)
                {
                    body.Append(new Paragraph(
                        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = ArticleList })),
                        Words.Run(paragraphs[0])));
                    foreach (var next in paragraphs.Skip(1))
                    {
                        body.Append(new Paragraph(new ParagraphProperties(new Indentation { FirstLine = "480" }), Words.Run(next)));
                    }
                }
            }

            body.Append(Words.Paragraph(Words.Heading2, "签署页"));
            foreach (var party in Parties)
            {
                body.Append(Words.Paragraph(null, $"{party[..party.IndexOf('（', StringComparison.Ordinal)]}（盖章）　　法定代表人（签字）：　　　　　　日期：　　年　　月　　日"));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }
}
