// Review keyboard: space reveals the answer, 1–4 rate, u undoes the last rating, b buries, s suspends, f flags.
export function mountReview(root) {
  const review = root.querySelector('[data-review]');
  if (!review) {
    return;
  }
  const reveal = () => {
    if (review.classList.contains('revealed')) {
      return;
    }
    review.classList.add('revealed');
    const answer = review.querySelector('[data-answer]');
    if (answer) {
      answer.hidden = false;
    }
    const button = review.querySelector('[data-reveal]');
    if (button) {
      button.hidden = true;
    }
    const first = review.querySelector('[data-rate="3"]');
    if (first) {
      first.focus();
    }
  };
  const revealButton = review.querySelector('[data-reveal]');
  if (revealButton) {
    revealButton.addEventListener('click', reveal);
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) {
      return;
    }
    if (event.key === ' ' && !review.classList.contains('revealed')) {
      event.preventDefault();
      reveal();
    } else if (/^[1-4]$/.test(event.key) && review.classList.contains('revealed')) {
      event.preventDefault();
      const button = review.querySelector(`[data-rate="${event.key}"]`);
      if (button) {
        button.click();
      }
    } else if (/^[usbf]$/.test(event.key)) {
      const names = { u: 'data-undo', s: 'data-suspend', b: 'data-bury', f: 'data-flag' };
      const button = review.querySelector(`[${names[event.key]}]`);
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });
}
