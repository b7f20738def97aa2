"""warta.segment"""
