"""The cue rules of the suggestions: what a sentence's own words say it is.

Each module recognises one kind of sentence (``cues``: reasons for ``other`` and the ``Cue`` they are made of;
``time_cues``: what is done or to be done, and forecasts; ``retold``: reports told in the third person;
``foreign`` and ``foreign_part``: foreign affairs; ``periods``: the years a report names and the kind a heading
says; ``plan_comments``: comments on a plan; ``statements``: definitions and relations; ``theory``: doctrine,
lessons and claims denied; ``lessons``: the duties a review draws for the coming years; ``mixed_time``: the past as
a base or followed by the task; ``reasoning``: the argument a plan part makes before its tasks).
``core.suggest.rules`` walks a report and asks them in turn.
"""
