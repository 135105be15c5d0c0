// One-click copy for every button with data-copy (the landing page and the dashboard). The page says what was
// copied in its live region, so a screen reader hears it too.
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no secure context, or no permission): the old way, through a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

export function announce(message) {
  const region = document.getElementById('announcer');
  if (region) {
    region.textContent = '';
    region.textContent = message;
  }
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-copy]');
  if (!button) {
    return;
  }
  const copied = await copyText(button.dataset.copy);
  const label = button.dataset.copyLabel || button.dataset.copy;
  announce(copied ? `Copied ${label}` : `Could not copy ${label}`);
  if (copied) {
    button.classList.add('copied');
    setTimeout(() => button.classList.remove('copied'), 1500);
  }
});
