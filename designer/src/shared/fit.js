/** Fits the diagram into its container; a container without size yet (layout pending) keeps the default zoom. */
export function fitViewport(canvas) {
  const { width, height } = canvas.getContainer().getBoundingClientRect();
  if (width > 0 && height > 0) {
    try {
      canvas.zoom('fit-viewport', 'auto');
    } catch (e) {
      // An empty diagram has no bounding box to fit.
    }
  }
}
