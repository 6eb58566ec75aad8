using Archive.Extraction;


namespace Archive.Tests.Extraction;

public sealed class OrganisationExtractionTests
{
    [Theory]
    [InlineData("Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức Hội nghị giao ban.", "Ban Nội chính Trung ương")]
    [InlineData("(TTXVN) Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết.", "Tỉnh ủy Nghệ An")]
    [InlineData(
        "Ngày 20 tháng 1 năm 2023, Ban Nội chính Tỉnh ủy Lào Cai triển khai nhiệm vụ năm 2023.",
        "Ban Nội chính Tỉnh ủy Lào Cai")]
    [InlineData("Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU.", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Bộ Y tế đề nghị các địa phương tăng cường giám sát dịch bệnh.", "Bộ Y tế")]
    [InlineData("Ủy ban Thường vụ Quốc hội đồng ý khởi tố một đại biểu.", "Ủy ban Thường vụ Quốc hội")]
    public void TakesTheSubjectOfTheLead(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Theory]
    [InlineData("(Chinhphu.vn) - Chiều 3.9, Tỉnh ủy Phú Yên tổ chức hội nghị quán triệt.", "Tỉnh ủy Phú Yên")]
    [InlineData(
        "VOV.VN - Sáng nay (15/8), Ban Tuyên giáo Trung ương tổ chức hội nghị báo cáo viên.",
        "Ban Tuyên giáo Trung ương")]
    [InlineData("TTO - Sở Y tế TP.HCM vừa có văn bản gửi các bệnh viện.", "Sở Y tế TP.HCM")]
    [InlineData("(BĐ) - UBND tỉnh vừa ban hành văn bản chỉ đạo các sở, ngành.", "UBND tỉnh")]
    [InlineData("(NDT) Ngày 2-11, Công an tỉnh Hà Nam cho biết đã bắt giữ hai đối tượng.", "Công an tỉnh Hà Nam")]
    [InlineData(
        "Thứ hai, 24/06/2024 - 14:30'. (ABC) - Ngày 24/6, Tỉnh ủy tổ chức hội nghị công bố quyết định.",
        "Tỉnh ủy")]
    public void SkipsTheOutletsTagAndTimestampBeforeTheSubject(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Theory]
    [InlineData(
        "Tối 9/11, tại Nhà văn hóa trung tâm, xã Tân Phú, UBND huyện Định Quán long trọng tổ chức lễ kỷ niệm.",
        "UBND huyện Định Quán")]
    [InlineData("Ngày 5/9 tại Hà Nội, Bộ Tư pháp tổ chức hội nghị tổng kết.", "Bộ Tư pháp")]
    [InlineData(
        "Nhân dịp Tết Nguyên đán, Ban Dân vận Tỉnh ủy đã đến thăm các gia đình chính sách.",
        "Ban Dân vận Tỉnh ủy")]
    [InlineData(
        "Tại hội nghị sáng 3/8, Ban Chấp hành Đảng bộ tỉnh bầu bổ sung Ban Thường vụ.",
        "Ban Chấp hành Đảng bộ tỉnh")]
    public void TakesTheSubjectAfterTheTimeAndPlace(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Theory]
    [InlineData(
        "Ngày 17/7, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Hà Tĩnh trọng thể tổ chức lễ đón nhận bằng.",
        "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Hà Tĩnh")]
    [InlineData(
        "Sáng 26-6, HĐND huyện Mê Linh khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ mười.",
        "HĐND huyện Mê Linh")]
    [InlineData(
        "Sáng 1-8, Tổng cục Hậu cần Quân đội nhân dân (QĐND) Việt Nam tổ chức hội nghị.",
        "Tổng cục Hậu cần Quân đội nhân dân Việt Nam")]
    [InlineData(
        "Ủy ban soạn thảo Luật Đất đai ngày 22-10 tiếp tục khẳng định quan điểm.",
        "Ủy ban soạn thảo Luật Đất đai")]
    [InlineData(
        "Hôm nay (28/6), đoàn công tác của Bộ Tư pháp do Thứ trưởng Lê Văn An, " +
            "Ủy viên Ban cán sự đảng làm trưởng đoàn đã làm việc với tỉnh.",
        "Đoàn công tác của Bộ Tư pháp")]
    [InlineData(
        "Ngày 15/5, Đoàn giám sát Ban Pháp chế HĐND tỉnh giám sát việc quản lý quỹ.",
        "Đoàn giám sát Ban Pháp chế HĐND tỉnh")]
    public void NamesListsOfBodiesWithoutTermsAbbreviationsOrLeaders(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Fact]
    public void TakesTheLeadAfterAFeedsTeaserCutWithAnEllipsis()
    {
        var paragraphs = new[]
        {
            "Ông Lê Văn An từng giữ chức Phó chủ tịch UBND huyện ...",
            "Chiều 11.12, Tỉnh ủy Bến Tre tổ chức công bố các quyết định về công tác cán bộ.",
        };

        var (organisation, evidence) = OrganisationExtraction.FindWithEvidence(null, paragraphs);

        Assert.Equal("Tỉnh ủy Bến Tre", organisation);
        Assert.Equal(1, evidence!.Index);
    }

    [Fact]
    public void PointsTheEvidenceAtTheNamesAsWritten()
    {
        var lead = "(Chinhphu.vn) - Ngày 17/7, Tỉnh ủy, HĐND, " +
            "UBND tỉnh Hà Tĩnh khoá XVIII trọng thể tổ chức lễ kỷ niệm.";

        var (organisation, evidence) = OrganisationExtraction.FindWithEvidence(null, [lead]);

        Assert.Equal("Tỉnh ủy, HĐND, UBND tỉnh Hà Tĩnh", organisation);
        Assert.Equal("Tỉnh ủy, HĐND, UBND tỉnh Hà Tĩnh khoá XVIII", evidence!.Quote);
        Assert.Equal(lead.IndexOf("Tỉnh ủy", StringComparison.Ordinal), evidence.Start);
        Assert.Equal("organisation: bodies listed as the subject of the lead after its time or place", evidence.Rule);
    }
    [Fact]
    public void ReadsTheSubjectOfTheSentenceThatDatesTheEvent()
    {
        var paragraphs = new[]
        {
            "(Tinmoi.vn) - 12 thanh niên đã bị phạt vì tham gia đua xe trái phép.",
            "Chiều 4/11, Đội Cảnh sát giao thông, Công an huyện Tân Hòa (tỉnh Đông Giang) " +
                "đã tổ chức buổi công bố các quyết định xử phạt.",
        };

        var (organisation, evidence) = OrganisationExtraction.FindWithEvidence(null, paragraphs, (1, 6));

        Assert.Equal("Đội Cảnh sát giao thông, Công an huyện Tân Hòa", organisation);
        Assert.Equal(1, evidence!.Index);
        Assert.Equal(paragraphs[1].IndexOf("Đội", StringComparison.Ordinal), evidence.Start);
        Assert.Equal("Đội Cảnh sát giao thông, Công an huyện Tân Hòa (tỉnh Đông Giang)", evidence.Quote);
        Assert.Equal(
            "organisation: bodies listed as the subject of the sentence dating the event after its time or place",
            evidence.Rule);
    }

    [Fact]
    public void StartsTheDatedSentenceAtATimeWordGluedAfterABreadcrumb()
    {
        var paragraph = "Thời sự Thành phố Đông Hải tặng 5 ngôi nhà Tối 13/7, " +
            "đoàn công tác của thành phố Đông Hải đã trao nhà cho các hộ nghèo.";

        var (organisation, evidence) = OrganisationExtraction.FindWithEvidence(
            null,
            [paragraph],
            (0, paragraph.IndexOf("13/7", StringComparison.Ordinal)));

        Assert.Equal("Đoàn công tác của thành phố Đông Hải", organisation);
        Assert.Equal("đoàn công tác của thành phố Đông Hải", evidence!.Quote);
    }

    [Fact]
    public void RepairsASpaceLostBeforeTheProvince()
    {
        var paragraph = "Bị can tại cơ quan công an - Ảnh: " +
            "Công an tỉnh Hòa Lâm Ngày 28-10,Công antỉnh Hòa Lâm cho biết đã khởi tố vụ án.";

        var (organisation, evidence) = OrganisationExtraction.FindWithEvidence(
            null,
            [paragraph],
            (0, paragraph.IndexOf("28-10", StringComparison.Ordinal)));

        Assert.Equal("Công an tỉnh Hòa Lâm", organisation);
        Assert.Equal("Công antỉnh Hòa Lâm", evidence!.Quote);
    }

    [Theory]
    [InlineData("Kết luận về vụ Bé Xinh, Bộ Công Thương cho biết doanh nghiệp không bán hàng giả.", "Bộ Công Thương")]
    [InlineData(
        "(Tin Việt) - Xét đề nghị của Bộ Chính trị, Trung ương quyết định khai trừ Đảng ông Trần Văn Tư.",
        "Ban Chấp hành Trung ương")]
    [InlineData(
        "Nhân dịp Tết, ngày 24/12, " +
            "đoàn công tác của Huyện ủy - HĐND - UBND huyện Tân An và một số ban ngành, cơ quan do đồng chí ...",
        "Đoàn công tác của Huyện ủy - HĐND - UBND huyện Tân An")]
    public void ReadsTheSubjectPastWhatTheLeadIsAbout(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Fact]
    public void CanonicalizesOldStyleToneMarks()
    {
        var lead = "Sáng 14/7, Tỉnh uỷ Nghệ An tổ chức hội nghị sơ kết công tác nội chính.";

        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal("Tỉnh ủy Nghệ An", organisation);
    }

    [Fact]
    public void FallsBackToTheHeadOfABodyColonHeadlineTitle()
    {
        var title = "Uỷ ban Kiểm tra Tỉnh ủy: Kỷ luật cảnh cáo một đảng viên";

        var organisation = OrganisationExtraction.Find(title, "Các cán bộ vi phạm đã bị xử lý nghiêm.");

        Assert.Equal("Ủy ban Kiểm tra Tỉnh ủy", organisation);
    }

    [Theory]
    [InlineData("Trong 6 tháng đầu năm 2020, các ban nội chính tỉnh ủy đã bám sát sự chỉ đạo.")]
    [InlineData("Sáng 14/7, nhiều người dân đã đến dự lễ khánh thành.")]
    [InlineData("Chiều 22/10, Phó Bí thư Thành ủy Nguyễn Văn Tâm đã tiếp đoàn đại biểu.")]
    [InlineData(
        "Sáng 30/8, tại Trụ sở Tỉnh ủy, " +
            "Bí thư Tỉnh ủy Lê Văn Hòa chủ trì họp Ban Thường vụ, Ban Chỉ đạo để cho ý kiến.")]
    [InlineData("Sáng 3-12 ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy đã đến thăm gia đình chính sách.")]
    [InlineData("Đoàn Văn Khải đã được bầu làm Chủ tịch công đoàn.")]
    [InlineData("Chiều 2/9, Đội tuyển bóng đá tỉnh đã có buổi tập đầu tiên.")]
    [InlineData("Về việc này, ông Nguyễn Văn Tâm, Giám đốc Sở cho biết sẽ kiểm tra.")]
    [InlineData("Bộ trưởng Bộ Tài chính Lê Văn Bình dự và phát biểu chỉ đạo.")]
    [InlineData("Hội nghị Trung ương lần thứ 8 đã bế mạc sau 5 ngày làm việc.")]
    [InlineData("Không quản ngại thời tiết xấu, Công an huyện đã điều động lực lượng hỗ trợ người dân.")]
    [InlineData("Ông Lê Văn An, Ủy viên Ban Thường vụ, Bí thư Huyện ủy Tân Phú vừa được điều động.")]
    public void ReturnsNullWhenNoBodyIsTheSubject(string lead)
    {
        var organisation = OrganisationExtraction.Find("Một tin tức không có cơ quan", lead);

        Assert.Null(organisation);
    }
}
