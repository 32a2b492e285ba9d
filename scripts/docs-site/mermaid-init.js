// Draws the site's Mermaid diagrams (<div class="mermaid">) once TypeDoc has
// shown the page (it hides the body until its own script ran, and Mermaid
// measures text). Copied into the site's assets by plugin.mjs.
(() => {
  const mermaid = window.mermaid;
  if (!mermaid) return;
  const theme = () => {
    const chosen = document.documentElement.dataset.theme;
    const dark =
      chosen === 'dark' ||
      (chosen !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    return dark ? 'dark' : 'default';
  };
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme() });
  let tries = 0;
  const draw = () => {
    if (document.body.style.display === 'none' && tries++ < 100) {
      requestAnimationFrame(draw);
      return;
    }
    mermaid.run({ querySelector: 'div.mermaid' }).catch((error) => {
      console.error('Mermaid could not draw a diagram:', error);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
})();
