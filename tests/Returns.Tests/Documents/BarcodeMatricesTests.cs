using Returns.Adapters.Documents;
using ZXing;
using ZXing.OneD;
using ZXing.QrCode;

namespace Returns.Tests.Documents;

public class BarcodeMatricesTests
{
    [Theory]
    [InlineData("JD014600006281234567")]
    [InlineData("1Z999AA10123456784")]
    [InlineData("RR123456789DE")]
    public void Code128_TrackingNumber_DecodesBackToTrackingNumber(string trackingNumber)
    {
        var matrix = BarcodeMatrices.Code128(trackingNumber);
        var image = BitMatrixImage.ToBinaryBitmap(matrix, scale: 3, quietModules: 10, minHeight: 60);

        var result = new Code128Reader().decode(image);

        Assert.NotNull(result);
        Assert.Equal(BarcodeFormat.CODE_128, result.BarcodeFormat);
        Assert.Equal(trackingNumber, result.Text);
    }

    [Fact]
    public void Code128_TrackingNumber_IsOneRowWithoutQuietZone()
    {
        var matrix = BarcodeMatrices.Code128("1Z999AA10123456784");

        Assert.Equal(1, matrix.Height);
        Assert.True(matrix[0, 0]);
        Assert.True(matrix[matrix.Width - 1, 0]);
    }

    [Theory]
    [InlineData("ret-7f3c2a9e41d04b6c")]
    [InlineData("0b9f6f5e-2c1d-4a7e-9d55-31c1a2b4e6f8")]
    [InlineData("retour-Ü-東京")]
    public void QrCode_ReturnId_DecodesBackToReturnId(string returnId)
    {
        var matrix = BarcodeMatrices.QrCode(returnId);
        var image = BitMatrixImage.ToBinaryBitmap(matrix, scale: 4, quietModules: 4);

        var result = new QRCodeReader().decode(image);

        Assert.NotNull(result);
        Assert.Equal(BarcodeFormat.QR_CODE, result.BarcodeFormat);
        Assert.Equal(returnId, result.Text);
    }

    [Fact]
    public void QrCode_ReturnId_IsSquareWithoutQuietZone()
    {
        var matrix = BarcodeMatrices.QrCode("ret-7f3c2a9e41d04b6c");

        Assert.Equal(matrix.Width, matrix.Height);
        Assert.True(matrix[0, 0]); // corner of a finder pattern
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Code128AndQrCode_EmptyValue_Throw(string? value)
    {
        Assert.ThrowsAny<ArgumentException>(() => BarcodeMatrices.Code128(value!));
        Assert.ThrowsAny<ArgumentException>(() => BarcodeMatrices.QrCode(value!));
    }
}
