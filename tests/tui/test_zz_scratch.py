from facilitator.service.review import ReviewService
from facilitator.tui.review import ReviewApp
from tests.tui.drawn import laid_out
from tests.tui.test_review_screen import settle

async def test_look(regions):
    for lang in ("nl", "en"):
        app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("j", *"abc", "enter")
            await settle(pilot)
            print(laid_out(app))
            await pilot.press("ctrl+u", "1", "enter")
            await settle(pilot)
            print(laid_out(app))
