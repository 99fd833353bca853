import { withPixelDensity } from './png-density';

/** Screen pixels are 96 per inch; twice that is sharp in print at the figure's own size. */
const SCREEN_DPI = 96;

/**
 * Draws a standalone SVG document on a canvas at `scale` times its size and encodes it as PNG,
 * marked with the matching pixel density. The SVG goes in as a blob URL, which the
 * Content-Security-Policy allows for images and which leaves the canvas readable.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const encoded = await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
    const bytes = withPixelDensity(new Uint8Array(await encoded.arrayBuffer()), SCREEN_DPI * scale);
    return new Blob([bytes.slice().buffer], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
