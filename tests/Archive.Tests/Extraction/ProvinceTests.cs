using Archive.Extraction;

namespace Archive.Tests.Extraction;

/// <summary>The province a document belongs to: its organisation's first, then where the text places it.</summary>
public sealed class ProvinceTests
{
    [Theory]
    [InlineData("Ban Nội chính Trung ương", "Quảng Ninh", "Trung ương")]
    [InlineData("Ủy ban Kiểm tra Trung ương", null, "Trung ương")]
    [InlineData("Bộ Chính trị", null, "Trung ương")]
    [InlineData("Bộ Công an", "Hà Nội", "Trung ương")]
    [InlineData("Thanh tra Chính phủ", null, "Trung ương")]
    [InlineData("Toà án nhân dân tối cao", null, "Trung ương")]
    public void ACentralBodyIsCentralWhereverItMeets(string organisation, string? location, string expected)
    {
        Assert.Equal(expected, Provinces.Of(organisation, location));
    }

    [Theory]
    [InlineData("Ban Thường vụ Thành ủy Hà Nội", "Hà Nội", "Hà Nội")]
    [InlineData("Ban Nội chính Tỉnh ủy", "Quảng Bình", "Quảng Bình")]
    [InlineData("Công an tỉnh", "Thanh Hóa", "Thanh Hóa")]
    // A province's own body named after the centre it answers to stays the province's.
    [InlineData("Hội đồng nhân dân thành phố trực thuộc Trung ương", "Cần Thơ", "Cần Thơ")]
    [InlineData("Bộ Chỉ huy Quân sự tỉnh", null, null)]
    [InlineData(null, "Đà Nẵng", "Đà Nẵng")]
    [InlineData(null, null, null)]
    public void AProvincialBodyIsItsProvince(string? organisation, string? location, string? expected)
    {
        Assert.Equal(expected, Provinces.Of(organisation, location));
    }
}
